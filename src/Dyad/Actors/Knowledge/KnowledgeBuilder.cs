using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Actors.Petrarch;
using Dyad.Ontology;

namespace Dyad.Actors.Knowledge;

/// <summary>What a knowledge build wrote and what it could not place.</summary>
/// <param name="CameoCodes">Codes written to cameo.tsv.</param>
/// <param name="PloverMappings">Three- and four-digit codes written to plover.tsv.</param>
/// <param name="CameoWithoutPlover">CAMEO codes the PLOVER table does not map.</param>
/// <param name="Countries">Lines of countries.tsv.</param>
/// <param name="Igos">Lines of igos.tsv.</param>
/// <param name="Agents">Lines of agents.tsv.</param>
/// <param name="Persons">Lines of persons.tsv.</param>
/// <param name="Groups">Lines of groups.tsv.</param>
/// <param name="Tone">What the tone lexicon (tone.tsv) kept and left out.</param>
/// <param name="Unplaced">Source rows left out, each with the reason (leaders whose country has no ISO code, ...).</param>
/// <param name="FilesWritten">Names of the files written.</param>
public sealed record KnowledgeBuildReport(int CameoCodes, int PloverMappings, IReadOnlyList<string> CameoWithoutPlover,
    int Countries, int Igos, int Agents, int Persons, int Groups, Tone.ToneBuildReport Tone, IReadOnlyList<string> Unplaced, IReadOnlyList<string> FilesWritten)
{
    /// <summary>What was written, a line per part, for people.</summary>
    public override string ToString() => string.Join('\n',
        $"ontology    {CameoCodes} CAMEO codes, {PloverMappings} PLOVER mappings" + (CameoWithoutPlover.Count > 0 ? $"; without PLOVER: {string.Join(", ", CameoWithoutPlover)}" : ""),
        $"actors      countries {Countries}, IGOs {Igos}, agents {Agents}, persons {Persons}, groups {Groups}" + (Unplaced.Count > 0 ? $"; unplaced: {string.Join(", ", Unplaced)}" : ""),
        $"tone        {Tone.Words} words ({Tone.FromBoth} in both lexicons, {Tone.Conflicts} conflicts), {Tone.Phrases} phrases, {Tone.ChatAcronyms} chat acronyms",
        $"written     {(FilesWritten.Count == 0 ? "nothing changed" : string.Join(", ", FilesWritten))}");
}

/// <summary>
/// Regenerates the files of <c>knowledge/</c> from the shared fact sources plus the hand-written files in
/// <c>knowledge/hand/</c>. Deterministic: the same inputs give byte-identical files. See knowledge/README.md.
/// </summary>
public static class KnowledgeBuilder
{
    private const string Header = "# Written by `dyad build-knowledge` from ../shared/data and knowledge/hand/ — do not edit; edit knowledge/hand/ and rebuild.";
    private const string ActorColumns = "# phrase\tcode\tfrom\tto\tdetail\tsource";

    /// <summary>CAMEO country codes that differ from ISO 3166 alpha-3 in countries.json (Kosovo has no ISO code; CAMEO
    /// and Phoenix use KSV).</summary>
    private static readonly Dictionary<string, string> CameoCountryOverrides = new(StringComparer.Ordinal) { ["UNK"] = "KSV" };

    /// <summary>Alternative spellings in countries.json that are English words: Iceland's own name "Island" made 28
    /// "Island" actors coded ISL in 840 PolNeAR articles.</summary>
    private static readonly HashSet<string> EnglishWordSpellings = new(StringComparer.Ordinal) { "Island" };

    /// <summary>Country names in world-leaders-2022 that countries.json spells differently.</summary>
    private static readonly Dictionary<string, string> LeaderCountryAliases = new(StringComparer.Ordinal)
    {
        ["The Bahamas"] = "BHS", ["The Gambia"] = "GMB", ["Turkey"] = "TUR",
    };

    /// <summary>Builds every knowledge file. <paramref name="sharedDataDir"/> is the data folder (../shared/data);
    /// <paramref name="outputDir"/> is the repository's knowledge/ folder, which holds hand/.</summary>
    public static KnowledgeBuildReport Build(string sharedDataDir, string outputDir)
    {
        string hand = Path.Combine(outputDir, "hand");
        var unplaced = new List<string>();
        var written = new List<string>();

        var (cameoLines, cameoCodes) = BuildCameo(sharedDataDir, hand);
        Write(outputDir, "cameo.tsv", ["# code\tname\tgoldstein\troot\tquad\tparent\tdescription", .. cameoLines], written);
        var (ploverLines, mapped) = BuildPlover(sharedDataDir);
        Write(outputDir, "plover.tsv", ["# cameo\tevent\tmode\tcontext (roots: context 'root')", .. ploverLines], written);
        var withoutPlover = new List<string>();
        foreach (var c in cameoCodes) if (c.Length > 2 && !mapped.Contains(c)) withoutPlover.Add(c);

        string dict = Path.Combine(sharedDataDir, "petrarch", "dictionaries");
        var countryJson = Path.Combine(sharedDataDir, "country-metadata", "countries.json");
        var (countryLines, countryByName) = BuildCountries(countryJson);
        var states = UsStates(Path.Combine(sharedDataDir, "geonames", "admin1CodesASCII.tsv"));
        int countries = WriteActors(outputDir, hand, "countries.tsv", countryLines.Concat(states), written);
        var international = PetrarchActorDictionary.Read(Path.Combine(dict, "Phoenix.International.actors.txt"));
        int igos = WriteActors(outputDir, hand, "igos.tsv", FromPhoenix(international, igoOnly: true), written);
        int agents = WriteActors(outputDir, hand, "agents.tsv", FromAgents(PetrarchAgentDictionary.Read(Path.Combine(dict, "Phoenix.agents.txt"))), written);
        // Titles and countries: a Phoenix alias that starts with one ("Prime Minister Benjamin Netanyahu") is left to the
        // recognizer, which joins the title to the name and takes the person's role on the article's date.
        var agentEntries = Entries(Path.Combine(outputDir, "agents.tsv"), ActorKind.Agent);
        var countryEntries = Entries(Path.Combine(outputDir, "countries.tsv"), ActorKind.Country);
        var agentKeys = agentEntries.Select(e => ActorKnowledge.Key(e.Phrase)).ToHashSet(StringComparer.Ordinal);
        var leading = countryEntries.Select(e => ActorKnowledge.Key(e.Phrase)).Concat(agentKeys).ToHashSet(StringComparer.Ordinal);
        var leaders = FromLeaders(Path.Combine(sharedDataDir, "country-metadata", "world-leaders-2022-wikidata.csv"), countryByName, unplaced).ToList();
        var newer = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        string handPersons = Path.Combine(hand, "persons.tsv");
        foreach (var line in (File.Exists(handPersons) ? DataLines(handPersons) : []).Concat(leaders))
            if (ActorKnowledge.ParseLine(line, ActorKind.Person) is { } e)
            {
                string key = ActorKnowledge.Key(e.Phrase);
                if (!newer.TryGetValue(key, out var list)) newer[key] = list = [];
                list.Add(e);
            }
        var phoenixCountries = PetrarchActorDictionary.Read(Path.Combine(dict, "Phoenix.Countries.actors.txt"));
        var phoenixPersons = PersonsFromPhoenix(phoenixCountries, PhoenixCountriesHorizon, leading, newer);
        // Phoenix first: its roles have day precision where both sources cover a date (Wikidata's have year precision).
        int persons = WriteActors(outputDir, hand, "persons.tsv", phoenixPersons.Concat(leaders), written);
        var roles = agentEntries.Select(e => e.Code.Trim('~')).ToHashSet(StringComparer.Ordinal);
        var countryKeys = countryEntries.Where(c => c.Detail is not ("capital" or UsStateDetail))
            .Select(c => ActorKnowledge.Key(c.Phrase)).ToHashSet(StringComparer.Ordinal);
        var bodies = BodiesFromPhoenix(phoenixCountries, roles, countryKeys, agentKeys);
        int groups = WriteActors(outputDir, hand, "groups.tsv", FromPhoenix(PetrarchActorDictionary.Read(Path.Combine(dict, "Phoenix.MilNonState.actors.txt")), igoOnly: false).Concat(bodies).Concat(NgosFromPhoenix(international)), written);
        var (toneLines, tone) = Tone.ToneLexiconBuilder.Build(sharedDataDir);
        Write(outputDir, Tone.ToneLexicon.FileName, ["# word\tvalence (-1..1)\tsources (AFINN-en-165 scaled /5, VADER scaled /4, mean when both)", .. toneLines], written);
        return new KnowledgeBuildReport(cameoCodes.Count, mapped.Count, withoutPlover, countries, igos, agents, persons, groups, tone, unplaced, written);
    }

    private static void Write(string dir, string name, IEnumerable<string> lines, List<string> written)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var l in lines) sb.Append(l).Append('\n');
        File.WriteAllText(Path.Combine(dir, name), sb.ToString(), new UTF8Encoding(false));
        written.Add(name);
    }

    /// <summary>The entries of a knowledge file just written (lines that do not parse are left out).</summary>
    private static List<ActorEntry> Entries(string path, ActorKind kind)
    {
        var list = new List<ActorEntry>();
        foreach (var line in DataLines(path))
            if (ActorKnowledge.ParseLine(line, kind) is { } e) list.Add(e);
        return list;
    }

    private static IEnumerable<string> DataLines(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
            if (line.Length > 0 && line[0] != '#') yield return line;
    }

    private static (List<string> Lines, List<string> Codes) BuildCameo(string data, string hand)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataLines(Path.Combine(hand, "cameo-descriptions.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length != 2) throw new InvalidDataException($"hand/cameo-descriptions.tsv: bad line '{line}'");
            descriptions[f[0]] = f[1];
        }
        var lines = new List<string>();
        var codes = new List<string>();
        bool first = true;
        foreach (var line in File.ReadLines(Path.Combine(data, "cameo-ontology", "cameo-codes.tsv"), Encoding.UTF8))
        {
            if (first) { first = false; continue; }
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            string code = f[0], name = f[1], root = f[3];
            double goldstein = double.Parse(f[2], CultureInfo.InvariantCulture);
            if (!descriptions.TryGetValue(code, out var description))
                throw new InvalidDataException($"hand/cameo-descriptions.tsv has no description for CAMEO {code}");
            string parent = code.Length == 2 ? "" : code.Length == 3 ? code[..2] : code[..3];
            int quad = CameoOntology.QuadClassOfRoot(root);
            lines.Add(string.Join('\t', code, name, goldstein.ToString("0.0##", CultureInfo.InvariantCulture), root, quad.ToString(CultureInfo.InvariantCulture), parent, description));
            codes.Add(code);
        }
        return (lines, codes);
    }

    // CAMEO2PLOVER: "CODE: EVENT, mode, context  # comment"; roots "NN: EVENT"; a line of '~' ends the table.
    private static (List<string> Lines, HashSet<string> Mapped) BuildPlover(string data)
    {
        var lines = new List<string>();
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(Path.Combine(data, "cameo-ontology", "CAMEO2PLOVER-2021.txt"), Encoding.UTF8))
        {
            string line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.StartsWith('~')) break;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string code = line[..colon].Trim();
            var parts = line[(colon + 1)..].Split(',');
            string ev = parts[0].Trim();
            if (code.Length == 2) { lines.Add(string.Join('\t', code, ev, "", "root")); continue; }
            if (!mapped.Add(code)) continue; // the table repeats 175 with the same reading
            string mode = parts.Length > 1 ? parts[1].Trim() : "";
            string context = parts.Length > 2 ? string.Join(';', parts[2].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : "";
            lines.Add(string.Join('\t', code, ev, mode, context));
        }
        return (lines, mapped);
    }

    private static string Line(string phrase, string code, DateOnly? from, DateOnly? to, string detail, string source) =>
        string.Join('\t', phrase, code, from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", detail, source);

    private static (List<string> Lines, Dictionary<string, string> ByName) BuildCountries(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = new List<(string Code, JsonElement E)>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            string cca3 = e.GetProperty("cca3").GetString()!;
            rows.Add((CameoCountryOverrides.GetValueOrDefault(cca3, cca3), e));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        // A demonym an independent country shares with a dependent territory is the country's: "French" is France, not
        // the French Southern Territories; "Dutch" is the Netherlands, not Bonaire ("French troops" had coded ATFMIL).
        var sovereignDemonyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, e) in rows)
            if (Independent(e) && e.TryGetProperty("demonyms", out var d0) && d0.TryGetProperty("eng", out var eng0))
                foreach (var form in new[] { "m", "f" })
                    if (eng0.TryGetProperty(form, out var v) && v.GetString() is { Length: > 0 } w) sovereignDemonyms.Add(w.Trim());
        var lines = new List<string>();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, e) in rows)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string? phrase, string detail)
            {
                if (string.IsNullOrWhiteSpace(phrase) || phrase.Contains('\t')) return;
                if (!seen.Add(ActorKnowledge.Key(phrase))) return;
                lines.Add(Line(phrase.Trim(), code, null, null, detail, "countries.json"));
            }
            var name = e.GetProperty("name");
            string common = name.GetProperty("common").GetString()!;
            string official = name.GetProperty("official").GetString()!;
            Add(common, "name");
            Add(official, "name");
            byName.TryAdd(common, code);
            byName.TryAdd(official, code);
            foreach (var alt in e.GetProperty("altSpellings").EnumerateArray())
            {
                string? a = alt.GetString();
                // Two-letter ISO codes ("IN", "AS", "IT") are ordinary words in text; safe abbreviations are hand-written.
                if (a == null || a.Length < 3 || EnglishWordSpellings.Contains(a)) continue;
                Add(a, a.All(c => char.IsUpper(c) || c == '.') ? "abbrev" : "name");
                byName.TryAdd(a, code);
            }
            if (e.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var form in new[] { "m", "f" })
                {
                    string? w = eng.GetProperty(form).GetString();
                    if (w is null || (!Independent(e) && sovereignDemonyms.Contains(w.Trim()))) continue;
                    Add(w, "demonym");
                    Add(PluralDemonym(w.Trim()), "demonym");
                }
            foreach (var cap in e.GetProperty("capital").EnumerateArray()) Add(cap.GetString(), "capital");
        }
        return (lines, byName);
    }

    /// <summary>The people of a country named by its demonym in the plural ("the Iranians released by the United States",
    /// "Pakistanis", "Afghans"): the demonym with an "s", except for forms that are their own plural or no noun of people
    /// ("Chinese", "Swiss", "British", "French"). Null when there is none. Found checking events on news pages, where the
    /// released Iranians were no actor.</summary>
    internal static string? PluralDemonym(string demonym) =>
        demonym.Length < 3 || demonym.Contains(' ') || !char.IsUpper(demonym[0])
        || demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("ish", StringComparison.Ordinal)
        || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal)
        || demonym[^1] is 's' or 'x' or 'z' ? null : demonym + "s";

    private static bool Independent(JsonElement e) => e.TryGetProperty("independent", out var i) && i.ValueKind == JsonValueKind.True;

    internal static IEnumerable<string> FromPhoenix(PetrarchActorDictionary dict, bool igoOnly)
    {
        foreach (var entry in dict.Entries)
        {
            if (igoOnly && !(entry.Codes.Count > 0 && entry.Codes.All(c => c.IsDefault && c.Code.StartsWith("IGO", StringComparison.Ordinal)))) continue;
            var phrases = new List<string> { entry.Root };
            phrases.AddRange(entry.Synonyms);
            foreach (var p in phrases)
                foreach (var c in entry.Codes)
                {
                    if (c.Code == "---") continue;
                    // "THE_FOUNDATION", "THE_CORNERSTONE" (aliases of a Chicago gang): keys drop a leading "the", so such an
                    // alias is a bare common noun, and every "... Foundation" the NER finds took the gang's code by its
                    // head word ("The Clinton Foundation" as USAREB, 51 times in the PolNeAR train articles).
                    if (p != entry.Root && DefiniteCommonNoun(p)) continue;
                    string phrase = Title(p);
                    yield return Line(phrase, c.Code, c.From, c.To, p == entry.Root ? "name" : "alias", "phoenix");
                }
        }
    }

    /// <summary>An alias of "THE_" and one word longer than an abbreviation ("THE_WB" stays).</summary>
    private static bool DefiniteCommonNoun(string phrase)
    {
        var words = phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0].Equals("THE", StringComparison.OrdinalIgnoreCase) && words[1].Length > 3;
    }

    internal static IEnumerable<string> FromAgents(PetrarchAgentDictionary dict)
    {
        foreach (var f in dict.Forms)
            yield return Line(f.Phrase.ToLowerInvariant(), f.Prefix ? f.Code + "~" : "~" + f.Code, null, null, f.IsPlural ? "plural" : "role", "phoenix");
    }

    /// <summary>Detail of a United States state in countries.tsv: the recognizer reads "Georgia" as the state only when
    /// the article names other states and not the country's own cues.</summary>
    internal const string UsStateDetail = "us-state";

    /// <summary>The states (and the District of Columbia) of the United States from GeoNames' first-level regions, coded
    /// as the country, as CAMEO codes sub-national places ("New Jersey governor" → USAGOV, not Jersey's).</summary>
    private static IEnumerable<string> UsStates(string admin1Path)
    {
        foreach (var line in File.ReadLines(admin1Path, Encoding.UTF8))
        {
            if (!line.StartsWith("US.", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 3 || f[1].Length == 0) throw new InvalidDataException($"{admin1Path}: bad region row '{line}'");
            yield return Line(f[1], "USA", null, null, UsStateDetail, "geonames-admin1");
            if (f[2] != f[1]) yield return Line(f[2], "USA", null, null, UsStateDetail, "geonames-admin1");
        }
    }

    /// <summary>The day Phoenix.Countries.actors.txt was generated (from CountryInfo.140130.txt, 30 January 2014, as its
    /// header says). A role it leaves open ("[RUSGOV >120507]") is known to have lasted until then and no longer: the
    /// person's undated default code ("[RUSELI]"), or a newer source, applies after it.</summary>
    internal static readonly DateOnly PhoenixCountriesHorizon = new(2014, 1, 30);

    /// <summary>The detail note of a role the dictionary leaves open, ended at its horizon: the role did not end there.</summary>
    internal const string HorizonCut = "(open: cut at horizon)";

    /// <summary>
    /// The persons of a Phoenix country dictionary: records with at least one dated code and only codes of a country
    /// plus a role ("USAGOV", never a bare "USA": those records are countries and their regimes). Names of one word
    /// ("PUTIN_") are left out: a lone surname is resolved from the NER's span through the full names instead, so that
    /// "May" or "Rice" at the start of a sentence names nobody. An open role ends at <paramref name="horizon"/>.
    /// </summary>
    internal static IEnumerable<string> PersonsFromPhoenix(PetrarchActorDictionary dict, DateOnly horizon, IReadOnlySet<string> leadingWords,
        IReadOnlyDictionary<string, List<ActorEntry>> newer)
    {
        foreach (var entry in dict.Entries)
        {
            bool dated = false, person = entry.Codes.Count > 0;
            foreach (var c in entry.Codes)
            {
                dated |= !c.IsDefault;
                person &= c.Code.Length > 3 && c.Code != "---";
            }
            if (!dated || !person) continue;
            // Roles the hand-written rows and the 2022 leaders give one of the record's names hold for all its names
            // ("Vladimir V. Putin" is president after the horizon because "Vladimir Putin" is).
            var later = new List<ActorEntry>();
            foreach (var p in (string[])[entry.Root, .. entry.Synonyms])
                if (newer.TryGetValue(ActorKnowledge.Key(p), out var rows)) later.AddRange(rows);
            foreach (var p in (string[])[entry.Root, .. entry.Synonyms])
            {
                string key = ActorKnowledge.Key(p);
                if (!key.Contains(' ', StringComparison.Ordinal) || (p != entry.Root && StartsWithAny(key, leadingWords))) continue;
                string phrase = Title(p);
                string kind = p == entry.Root ? "name" : "alias";
                bool hasDefault = false;
                foreach (var c in entry.Codes)
                {
                    if (c.From is { } from && from > horizon) continue; // a role the dictionary cannot know of
                    hasDefault |= c.IsDefault;
                    bool open = c.From is not null && c.To is null;
                    yield return Line(phrase, c.Code, c.From, open ? horizon : c.To, open ? kind + " " + HorizonCut : kind, "phoenix");
                }
                // No default code: after the horizon the person is still of the last role's country, as one of its
                // elites (CAMEO ELI, the code Phoenix itself gives former office-holders).
                if (!hasDefault) yield return Line(phrase, entry.Codes[^1].Code[..3] + "ELI", null, null, kind + " (default after horizon)", "phoenix");
                foreach (var e in later)
                    if (ActorKnowledge.Key(e.Phrase) != key)
                        yield return Line(phrase, e.Code, e.From, e.To, e.Detail + " (as " + e.Phrase + ")", e.Source);
            }
        }
    }

    /// <summary>
    /// The state bodies of a Phoenix country dictionary ("FEDERAL_BUREAU_OF_INVESTIGATION_ +FBI_ [USACOP]", "KNESSET"
    /// [ISRGOVLEG]): records whose codes are all undated and all a country followed by role codes the agents know (not
    /// dependencies such as GBRGIB, not persons). One-word names of up to five letters are kept in capitals, which the
    /// recognizer then asks of the text ("FBI", "IDF"; the dictionary writes every word so, and "ASSAD" or "DUMA" then
    /// match only where the text shouts them); longer single words ("SENATE": a body of many countries) are left out.
    /// </summary>
    internal static IEnumerable<string> BodiesFromPhoenix(PetrarchActorDictionary dict, IReadOnlySet<string> roles,
        IReadOnlySet<string> countryWords, IReadOnlySet<string> agentKeys)
    {
        foreach (var entry in dict.Entries)
        {
            bool body = entry.Codes.Count > 0;
            foreach (var c in entry.Codes)
            {
                body &= c.IsDefault && c.Code.Length >= 6 && c.Code.Length % 3 == 0;
                for (int i = 3; body && i < c.Code.Length; i += 3) body = roles.Contains(c.Code.Substring(i, 3));
            }
            if (!body) continue;
            foreach (var p in (string[])[entry.Root, .. entry.Synonyms])
            {
                string key = ActorKnowledge.Key(p);
                bool acronym = key.Length is >= 2 and <= 5 && p.Trim('_').All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch));
                if (!key.Contains(' ', StringComparison.Ordinal) && !acronym) continue;
                // "US_PRESIDENT_", "US_SECRETARY_OF_DEFENSE_": a title the recognizer composes itself (country + agent)
                // and joins to the name after it; as a body it would stand apart from "Donald Trump".
                if (IsComposedTitle(key, countryWords, agentKeys)) continue;
                foreach (var c in entry.Codes)
                    yield return Line(acronym ? p.Trim('_') : Title(p), c.Code, null, null, p == entry.Root ? "body" : "body alias", "phoenix-countries");
            }
        }
    }

    /// <summary>
    /// The non-governmental organisations of Phoenix.International.actors.txt ("AMNESTY_INTERNATIONAL_ [NGOHRIAMN]",
    /// "MEDECINS_SANS_FRONTIERES_ +MSF_ [NGOHLHMSF]"): records whose codes are all undated NGO codes. As for state bodies,
    /// one-word names of up to five letters are kept in capitals ("MSF", "ICRC") and longer single words left out (the
    /// dictionary writes every word in capitals, so "AMIT" or "OXFAM" cannot tell a name from a word; hand rows add the
    /// few that matter). Found hand-checking Wikinews events, where Amnesty, Human Rights Watch, MSF and the Red Cross
    /// acted uncoded.
    /// </summary>
    internal static IEnumerable<string> NgosFromPhoenix(PetrarchActorDictionary dict)
    {
        foreach (var entry in dict.Entries)
        {
            if (!(entry.Codes.Count > 0 && entry.Codes.All(c => c.IsDefault && c.Code.StartsWith("NGO", StringComparison.Ordinal)))) continue;
            foreach (var p in (string[])[entry.Root, .. entry.Synonyms])
            {
                string key = ActorKnowledge.Key(p);
                bool acronym = key.Length is >= 2 and <= 5 && p.Trim('_').All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch));
                if (!key.Contains(' ', StringComparison.Ordinal) && !acronym) continue;
                foreach (var c in entry.Codes)
                    yield return Line(acronym ? p.Trim('_') : Title(p), c.Code, null, null, p == entry.Root ? "name" : "alias", "phoenix-international");
            }
        }
    }

    /// <summary>Some first words of the key (a country, a seat of government) followed by an agent phrase: what the
    /// recognizer composes itself ("US President", "White House Spokesman", "Israel Defense Forces"). A body named
    /// without a country ("Department of Defense", "Peoples Liberation Army") stays.</summary>
    private static bool IsComposedTitle(string key, IReadOnlySet<string> countryWords, IReadOnlySet<string> agentKeys)
    {
        for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
            if (countryWords.Contains(key[..space]) && agentKeys.Contains(key[(space + 1)..])) return true;
        return false;
    }

    /// <summary>Some run of the first words of <paramref name="key"/> (but not all of them) is in <paramref name="set"/>.</summary>
    private static bool StartsWithAny(string key, IReadOnlySet<string> set)
    {
        for (int space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
            if (set.Contains(key[..space])) return true;
        return false;
    }

    private static IEnumerable<string> FromLeaders(string path, Dictionary<string, string> countryByName, List<string> unplaced)
    {
        bool first = true;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (first) { first = false; continue; }
            var f = Dyad.Sources.CsvLine.Split(line);
            if (f.Count < 8) { unplaced.Add($"world-leaders: short row '{line}'"); continue; }
            string country = f[1], position = f[3], person = f[5];
            if (!countryByName.TryGetValue(country, out var code) && !LeaderCountryAliases.TryGetValue(country, out code)) { unplaced.Add($"world-leaders: no country code for '{country}' ({person})"); continue; }
            if (person.Length == 0 || (person[0] == 'Q' && person[1..].All(char.IsDigit))) { unplaced.Add($"world-leaders: no label for {person} ({country})"); continue; }
            DateOnly? from = int.TryParse(f[6], CultureInfo.InvariantCulture, out int y0) ? new DateOnly(y0, 1, 1) : null;
            DateOnly? to = int.TryParse(f[7], CultureInfo.InvariantCulture, out int y1) ? new DateOnly(y1, 12, 31) : null;
            yield return Line(person, code + "GOV", from, to, position, "wikidata-2022 (year precision)");
        }
    }


    // PETRARCH phrases are upper case; written in title case so the files read naturally (lookup folds case anyway).
    private static string Title(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        bool start = true;
        foreach (char c in phrase)
        {
            sb.Append(start ? c : char.ToLowerInvariant(c));
            start = c is ' ' or '-' or '/' or '(' or '.';
        }
        return sb.ToString();
    }

    private static int WriteActors(string outputDir, string hand, string name, IEnumerable<string> derived, List<string> written)
    {
        var lines = new List<string> { ActorColumns };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        void Take(string line, string origin)
        {
            var e = ActorKnowledge.ParseLine(line, ActorKind.Country) ?? throw new InvalidDataException($"{origin}: bad line '{line}'");
            string identity = ActorKnowledge.Key(e.Phrase) + "\t" + e.Code + "\t" + e.From + "\t" + e.To;
            if (!seen.Add(identity)) return;
            lines.Add(line);
            count++;
        }
        string handFile = Path.Combine(hand, name);
        if (File.Exists(handFile))
            foreach (var line in DataLines(handFile)) Take(line, "hand/" + name);
        foreach (var line in derived) Take(line, name);
        Write(outputDir, name, lines, written);
        return count;
    }
}
