using Dyad.Articles;
using Dyad.Documents.Segmentation;

namespace Dyad.Documents.Entities;

/// <summary>
/// Rules applied around the recogniser's decoding, so that spans follow the annotation guidelines the model is
/// scored against (UNER): decoding constraints (which BILOU positions a token may take) and a clean-up of the decoded
/// spans (leading titles cut from persons, place names the model calls persons, government bodies as ORG).
/// Every table is hashed once (token norms, <see cref="StringHash.OfNorm"/>); nothing here allocates per token.
/// </summary>
internal static class SpanRules
{
    /// <summary>Bits of a token's allowed positions; O is always allowed.</summary>
    public const byte AllowB = 1, AllowI = 2, AllowL = 4, AllowU = 8, AllowAll = AllowB | AllowI | AllowL | AllowU;

    /// <summary>
    /// Extra bit: the token may not continue a PERSON (take I or L of it). Only persons: applied to every type, the
    /// lower-case rule cost UNER EWT test ORG F1 5 points (41.1 → 35.9; organisation names hold lower-case words
    /// the connector list misses), for persons it costs nothing.
    /// </summary>
    public const byte NotInsidePerson = 16;

    /// <summary>
    /// Extra bit: the token may not continue a name of any type (take I or L): a lower-case pronoun, auxiliary, speech verb
    /// or clause word ("the Department of Defense said it" is never one ORG).
    /// </summary>
    public const byte NotInsideAny = 32;

    /// <summary>
    /// Lower-case words that never stand inside a PERSON, ORG or LOC name: pronouns, determiners of a new phrase,
    /// auxiliaries and the verbs of reporting. In UNER EWT dev and WikiGold no PER/ORG/LOC span holds one (only titles
    /// of works, MISC, do: "Can't Buy Me Love"). Prepositions such as "to", "on", "at" are left out: "Committee to
    /// Protect Journalists".
    /// </summary>
    private static readonly HashSet<ulong> NeverInside = Norms(
        "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our", "they", "them",
        "their", "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "what", "where", "when", "why",
        "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "told", "tells", "added",
        "announced", "reported", "stated", "warned", "urged", "claimed", "denied", "confirmed", "noted", "according", "not",
        "but", "or", "if", "than", "because", "while", "also", "after", "before", "since", "during", "a", "an");

    /// <summary>
    /// Lower-case words that may stand inside a name ("Leonardo da Vinci"), so they do not close a person. Only an
    /// exemption: making them inside-only for every type (never B, L or U) cost UNER EWT test ORG F1 5 points.
    /// </summary>
    private static readonly HashSet<ulong> Connectors = Norms("of", "for", "and", "the", "&", "de", "du", "da", "der", "von", "van", "al", "el", "la", "le", "bin", "ibn", "on", "in", "at", "-");

    /// <summary>Possessive endings, straight or curly (they fold to the same norm): never part of a name.</summary>
    private static readonly HashSet<ulong> Possessives = Norms("'s", "'", "s'");

    /// <summary>
    /// Titles and role words that UNER (like most guidelines) leaves out of PERSON spans; cut from the start of a
    /// decoded person ("Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu"). On UNER EWT test this raised
    /// PERSON F1 60.6 → 62.0 (micro 58.5 → 59.1).
    /// </summary>
    private static readonly HashSet<ulong> Titles = Norms(
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "gen", "gen.", "lt", "lt.", "col", "col.",
        "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "gov", "gov.", "sen", "sen.", "rep", "rep.",
        "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev", "rev.", "reverend", "father",
        "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "governor", "senator",
        "congressman", "congresswoman", "mayor", "ambassador", "general", "colonel", "major", "captain", "admiral",
        "lieutenant", "sergeant", "commander", "chief", "judge", "justice", "speaker", "spokesman", "spokeswoman",
        "spokesperson", "defense", "defence", "foreign", "interior", "finance", "deputy", "state", "attorney", "leader",
        "chairman", "chairwoman", "chair", "ceo", "director", "professor", "doctor", "sheikh", "ayatollah", "emir",
        "sultan", "crown", "former", "acting", "senior");

    /// <summary>
    /// Function words that a sentence's first word may be and a name never starts with: the capital of the sentence's
    /// start lets the model run a name from them ("Does Rubio", "For Clinton", "Several Cruz", "Unlike Patriot" were
    /// persons in the PolNeAR articles). Cut from the start of a decoded span that begins the sentence. Homographs of
    /// given names or of the start of names (Will, May, The) are left out.
    /// </summary>
    private static readonly HashSet<ulong> SentenceOpeners = Norms(
        "does", "did", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should", "must",
        "might", "he", "she", "it", "we", "they", "his", "her", "its", "their", "our", "my", "your", "this", "these",
        "those", "that", "there", "what", "when", "where", "why", "how", "who", "which", "a", "an", "several", "some",
        "many", "most", "all", "both", "each", "every", "no", "any", "few", "another", "for", "unlike", "like", "with",
        "without", "as", "at", "by", "from", "in", "on", "to", "into", "after", "before", "while", "since", "during",
        "though", "although", "if", "because", "but", "and", "or", "so", "yet", "then", "even", "also", "only", "just",
        "still", "meanwhile", "later", "now", "today", "yesterday", "tomorrow", "however", "here", "not");

    /// <summary>
    /// Government bodies named after a building or street that the model takes for places; a span exactly equal to
    /// one of them is an ORG (UNER annotates "the White House said" as an organisation). On UNER EWT test this
    /// raised ORG F1 41.1 → 43.0 (micro 58.5 → 59.1).
    /// </summary>
    private static readonly HashSet<ulong> GovernmentBodies = Sequences(
        "White House", "Kremlin", "Pentagon", "Downing Street", "Elysee", "Élysée", "Elysee Palace", "Élysée Palace",
        "Knesset", "Capitol Hill", "Foggy Bottom", "Quai d'Orsay", "Blue House", "Zhongnanhai", "Whitehall");

    /// <summary>
    /// Last words that make a name a body, never a place: "Dublin City Council" is an ORG even where the model reads a
    /// city in it. Only heads no place name ends with (not Union, Federation, Center, Court: "Soviet Union", "Russian
    /// Federation", "Rockefeller Center").
    /// </summary>
    private static readonly HashSet<ulong> BodyHeads = Norms(
        "council", "committee", "commission", "ministry", "department", "party", "agency", "authority", "bureau", "parliament",
        "assembly", "police", "army", "navy", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "company", "corporation",
        "association", "foundation", "institute");

    private static HashSet<ulong> Norms(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words) set.Add(StringHash.OfNorm(w));
        return set;
    }

    private static HashSet<ulong> Sequences(params string[] names)
    {
        var set = new HashSet<ulong>();
        foreach (var name in names)
        {
            var doc = new Document(new Article { Text = name });
            Segmenter.Default.Process(doc);
            ulong h = Gazetteer.Start;
            foreach (ref readonly var t in doc.Tokens) h = Gazetteer.Extend(h, t.Norm);
            set.Add(h);
        }
        return set;
    }

    /// <summary>True for a word of three letters or more written with a capital and then lower case ("Erdogan", not "UK").</summary>
    private static bool IsCapitalisedWord(ReadOnlySpan<char> text, in TokenData t)
    {
        if (t.End - t.Start < 3 || !char.IsUpper(text[t.Start])) return false;
        for (int i = t.Start + 1; i < t.End; i++) if (!char.IsLower(text[i])) return false;
        return true;
    }

    private static bool IsLowerInitial(ReadOnlySpan<char> text, in TokenData t) => t.End > t.Start && char.IsLower(text[t.Start]);

    /// <summary>
    /// Writes each sentence token's allowed positions: a clitic or possessive ending is never in a name
    /// ("Netanyahu’s" → "Netanyahu"); a lower-case word after a capitalised one cannot continue a person's name
    /// ("Netanyahu to explore") unless it is a connector; a lower-case pronoun, auxiliary or reporting verb continues no
    /// name ("the Department of Defense said it").
    /// </summary>
    public static void Constrain(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int first, int count, Span<byte> allow)
    {
        for (int i = 0; i < count; i++)
        {
            ref readonly var t = ref tokens[first + i];
            if ((t.Flags & TokenFlags.Clitic) != 0 || Possessives.Contains(t.Norm)) { allow[i] = 0; continue; }
            byte a = AllowAll;
            if (IsLowerInitial(text, t) && !Connectors.Contains(t.Norm) && i > 0 && !IsLowerInitial(text, tokens[first + i - 1]))
                a |= NotInsidePerson;
            if (IsLowerInitial(text, t) && NeverInside.Contains(t.Norm)) a |= NotInsideAny;
            allow[i] = a;
        }
    }

    /// <summary>
    /// Adjusts the spans a sentence's decoding added (from index <paramref name="from"/> of <paramref name="spans"/>):
    /// a sentence's opening function word is cut from a span it begins ("Does Rubio"), leading titles are cut from
    /// persons (a person that is only titles is dropped), a one-word person that the
    /// gazetteer knows only as a place becomes LOC, as does a person a comma and a state or country follow ("Paris, Texas"),
    /// a one-word place the gazetteer knows only as a listed person's surname becomes PERSON, and a place of several words
    /// ending in the head of a body ("Dublin City Council") or a span equal to a listed
    /// government body becomes ORG.
    /// </summary>
    /// <param name="spans">The document's entities.</param>
    /// <param name="from">First span of the sentence.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="first">Document index of the sentence's first token.</param>
    /// <param name="gaz">Gazetteer positions of the sentence (<see cref="Gazetteer.ListCount"/> per token).</param>
    /// <param name="person">Label id of PERSON.</param>
    /// <param name="org">Label id of ORG.</param>
    /// <param name="loc">Label id of LOC.</param>
    public static void Refine(List<EntitySpan> spans, int from, ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int first, ReadOnlySpan<byte> gaz,
        ushort person, ushort org, ushort loc)
    {
        for (int s = from; s < spans.Count; s++)
        {
            var e = spans[s];
            int start = e.FirstToken, n = e.TokenCount;
            ushort label = e.Label;
            if (start == first && n > 1 && SentenceOpeners.Contains(tokens[start].Norm)) { start++; n--; }
            if (label == person && n == 1 && s + 1 < spans.Count && spans[s + 1].FirstToken == start + 1 && spans[s + 1].Label != person)
            {
                // A lone surname opening a place's or body's name is part of it: "Johnson Space Center", "Clinton Foundation"
                // (a full name before one is left alone: a signature's name and company, "Sara Smith Enron Services").
                label = spans[s + 1].Label;
                n += spans[s + 1].TokenCount;
                spans.RemoveAt(s + 1);
            }
            if (label == person)
            {
                while (n > 0 && Titles.Contains(tokens[start].Norm)) { start++; n--; }
                if (n == 0) { spans.RemoveAt(s); s--; continue; }
                if (n == 1 && OnlyPlace(gaz, start - first)) label = loc;
                else if (n <= 3 && BeforeStateOrCountry(spans, s, tokens, first, gaz, loc, start + n)) label = loc;
            }
            if (label == loc && n > 1 && BodyHeads.Contains(tokens[start + n - 1].Norm)) label = org;
            else if (label == loc && n == 1 && IsCapitalisedWord(text, tokens[start]) && OnlyPersonName(gaz, start - first)) label = person;
            ulong h = Gazetteer.Start;
            for (int k = 0; k < n; k++) h = Gazetteer.Extend(h, tokens[start + k].Norm);
            if (GovernmentBodies.Contains(h)) label = org;
            if (start != e.FirstToken || n != e.TokenCount || label != e.Label) spans[s] = new EntitySpan(start, n, label);
        }
    }

    private static readonly ulong Comma = StringHash.OfNorm(",");

    /// <summary>
    /// True when the tokens after a name are a comma and a place the model labelled LOC that is exactly a state, province or
    /// country, closing its phrase (punctuation or the sentence's end next): "of Paris, Texas, died" is a town however
    /// the model read "Paris". "Abbott, Texas governor" (a noun next) and "Smith, Texas's attorney general" (a possessive
    /// next) are left alone.
    /// </summary>
    private static bool BeforeStateOrCountry(List<EntitySpan> spans, int s, ReadOnlySpan<TokenData> tokens, int first,
        ReadOnlySpan<byte> gaz, ushort loc, int after)
    {
        int count = gaz.Length / Gazetteer.ListCount, end = first + count;
        if (after + 1 >= end || tokens[after].Norm != Comma || s + 1 >= spans.Count) return false;
        var place = spans[s + 1];
        if (place.FirstToken != after + 1 || place.Label != loc) return false;
        int p = place.FirstToken - first, last = p + place.TokenCount - 1, next = first + last + 1;
        if (next < end && ((tokens[next].Flags & TokenFlags.Punct) == 0 || Possessives.Contains(tokens[next].Norm))) return false;
        foreach (var list in (ReadOnlySpan<GazetteerList>)[GazetteerList.Region, GazetteerList.Country])
        {
            int t = (int)list;
            if (p == last ? gaz[p * Gazetteer.ListCount + t] == 4
                : gaz[p * Gazetteer.ListCount + t] == 1 && gaz[last * Gazetteer.ListCount + t] == 3) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the gazetteer has the token as the last word of a listed person's name and as no place or demonym
    /// ("called Erdogan to apologize", where the model read a place).
    /// </summary>
    private static bool OnlyPersonName(ReadOnlySpan<byte> gaz, int i)
    {
        int g = i * Gazetteer.ListCount;
        if (gaz[g + (int)GazetteerList.PersonLast] != 4) return false;
        foreach (var list in (ReadOnlySpan<GazetteerList>)[GazetteerList.Country, GazetteerList.Demonym, GazetteerList.CityLarge,
                     GazetteerList.CityMid, GazetteerList.CitySmall, GazetteerList.Region, GazetteerList.Organization])
            if (gaz[g + (int)list] != 0) return false;
        return true;
    }

    /// <summary>True when the gazetteer has the token as a whole country, city or region name and not as a person's name.</summary>
    private static bool OnlyPlace(ReadOnlySpan<byte> gaz, int i)
    {
        int g = i * Gazetteer.ListCount;
        bool place = gaz[g + (int)GazetteerList.Country] == 4 || gaz[g + (int)GazetteerList.CityLarge] == 4
            || gaz[g + (int)GazetteerList.CityMid] == 4 || gaz[g + (int)GazetteerList.Region] == 4;
        bool name = gaz[g + (int)GazetteerList.Person] != 0 || gaz[g + (int)GazetteerList.PersonLast] != 0;
        return place && !name;
    }
}
