using System.Runtime.CompilerServices;

namespace Dyad.Documents.Entities;

/// <summary>64-bit mixing for feature hashing (the splitmix64 finalizer).</summary>
internal static class FeatureHash
{
    /// <summary>Scrambles all bits of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>The hash of a feature: a template id and up to two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a, ulong b = 0) => Mix(Mix(a + (ulong)template * 0x9E3779B97F4A7C15UL) ^ b);
}

/// <summary>
/// The recogniser's features. Static features (word, shape, affixes, neighbours, gazetteer) are computed once per
/// token into a buffer of hashes; history features (previous labels) are added while decoding. Nothing here
/// allocates: token characters are read as spans from the document's text.
/// </summary>
internal static class EntityFeatures
{
    /// <summary>Upper bound on static features per token.</summary>
    public const int MaxStatic = 80;

    /// <summary>History features per token.</summary>
    public const int HistoryCount = 4;

    private const ulong Boundary = 0x5EED5EED5EEDUL;

    // Template ids: one per kind of feature, so equal values of different kinds hash apart.
    private const int TBias = 1, TForm = 2, TNorm = 3, TShape = 4, TPrefix = 5, TSuffix = 10, TPrevNorm = 15, TNextNorm = 16,
        TPrev2Norm = 17, TNext2Norm = 18, TPrevShape = 19, TNextShape = 20, TShapePair = 21, TShapePairNext = 22,
        TNormPair = 23, TNormPairNext = 24, TInitialTitle = 25, TInitialNorm = 26, TFlags = 27, TLength = 28,
        TGaz = 29, TGazCap = 30, TGazPrev = 31, TGazNext = 32, TPrevForm = 33, TShortShapeWindow = 34,
        TNormShapeNext = 35, TPrevNormShape = 36, TRunPosition = 37, TRunHead = 41,
        TCaseMode = 42, TAcronym = 43,
        TClass = 60, TClassCap = 61, TClassPrev = 62, TClassNext = 63, TClassPrev2 = 64, TClassNext2 = 65,
        TClassShapePrev = 66, TClassShapeNext = 67, TDocSeen = 68, TDocLast = 69,
        THistPrev = 40, THistGroupNorm = 48, THistGroupShape = 49, THistGroupNext = 50;

    /// <summary>Character class letters for word shapes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeChar(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    /// <summary>Hash of the word shape with runs longer than 3 cut ("Xxxx" for "Jerusalem", "X.X." for "U.S.").</summary>
    public static ulong Shape(ReadOnlySpan<char> w)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            char s = ShapeChar(c);
            if (s == last) { if (++run > 3) continue; }
            else { last = s; run = 1; }
            h ^= s; h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>Hash of the short shape: runs collapsed to one ("Xx" for "Jerusalem").</summary>
    public static ulong ShortShape(ReadOnlySpan<char> w)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        foreach (char c in w)
        {
            char s = ShapeChar(c);
            if (s == last) continue;
            last = s;
            h ^= s; h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>Capitalisation and character facts as a small bit set.</summary>
    public static ulong Flags(ReadOnlySpan<char> w)
    {
        int upper = 0, lower = 0, digit = 0, hyphen = 0, period = 0, other = 0;
        foreach (char c in w)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit++;
            else if (c == '-') hyphen++;
            else if (c == '.') period++;
            else other++;
        }
        ulong f = 0;
        if (w.Length > 0 && char.IsUpper(w[0])) f |= 1;
        if (upper > 0 && lower == 0) f |= 2;
        if (upper > 1 && lower > 0) f |= 4;
        if (digit > 0) f |= 8;
        if (hyphen > 0) f |= 16;
        if (period > 0) f |= 32;
        if (other > 0) f |= 64;
        if (upper + lower == 0) f |= 128;
        return f;
    }

    /// <summary>Hash of the first or last <paramref name="n"/> characters, lower-cased.</summary>
    private static ulong Affix(ReadOnlySpan<char> w, int n, bool suffix)
    {
        ulong h = 0xCBF29CE484222325UL ^ (ulong)n;
        int start = suffix ? w.Length - n : 0;
        for (int i = start; i < start + n; i++) { h ^= TextChars.Fold(w[i]); h *= 1099511628211UL; }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTitle(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    /// <summary>
    /// Writes the static feature hashes of sentence token <paramref name="i"/> (0-based within the sentence) and
    /// returns how many were written.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="first">Document index of the sentence's first token.</param>
    /// <param name="count">Tokens in the sentence.</param>
    /// <param name="i">The token, within the sentence.</param>
    /// <param name="gaz">Gazetteer positions of the sentence (<see cref="Gazetteer.ListCount"/> per token).</param>
    /// <param name="shapes">Word-shape hashes of the sentence's tokens.</param>
    /// <param name="kinds">Word kinds of the sentence's tokens (<see cref="Kind"/>); empty for a model without
    /// <see cref="NerTrainingOptions.OrgFeatures"/>, which then gets none of the run, case and acronym features.</param>
    /// <param name="caseMode">The sentence's capitalisation (<see cref="CaseMode"/>).</param>
    /// <param name="classes">Packed word classes of the sentence's tokens (<see cref="Tagging.WordClusters.Lookup"/>); empty
    /// for a model without <see cref="NerTrainingOptions.Clusters"/>, which then gets no word-class features.</param>
    /// <param name="output">At least <see cref="MaxStatic"/> slots.</param>
    public static int Static(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int first, int count, int i,
        ReadOnlySpan<byte> gaz, ReadOnlySpan<ulong> shapes, ReadOnlySpan<byte> kinds, int caseMode, ReadOnlySpan<ulong> classes,
        Span<ulong> output)
    {
        int n = 0;
        ref readonly var t = ref tokens[first + i];
        var w = text.Slice(t.Start, t.End - t.Start);
        ulong norm = t.Norm;
        ulong shape = shapes[i];
        ulong prevNorm = i > 0 ? tokens[first + i - 1].Norm : Boundary;
        ulong nextNorm = i + 1 < count ? tokens[first + i + 1].Norm : Boundary + 1;
        ulong prevShape = i > 0 ? shapes[i - 1] : Boundary;
        ulong nextShape = i + 1 < count ? shapes[i + 1] : Boundary + 1;
        bool title = IsTitle(w);

        output[n++] = FeatureHash.Of(TBias, 0);
        output[n++] = FeatureHash.Of(TForm, StringHash.Of(w));
        output[n++] = FeatureHash.Of(TNorm, norm);
        output[n++] = FeatureHash.Of(TShape, shape);
        for (int k = 1; k <= 4; k++)
            if (w.Length > k) output[n++] = FeatureHash.Of(TPrefix + k, Affix(w, k, suffix: false));
        for (int k = 1; k <= 4; k++)
            if (w.Length > k) output[n++] = FeatureHash.Of(TSuffix + k, Affix(w, k, suffix: true));
        output[n++] = FeatureHash.Of(TPrevNorm, prevNorm);
        output[n++] = FeatureHash.Of(TNextNorm, nextNorm);
        output[n++] = FeatureHash.Of(TPrev2Norm, i > 1 ? tokens[first + i - 2].Norm : Boundary);
        output[n++] = FeatureHash.Of(TNext2Norm, i + 2 < count ? tokens[first + i + 2].Norm : Boundary + 1);
        output[n++] = FeatureHash.Of(TPrevShape, prevShape);
        output[n++] = FeatureHash.Of(TNextShape, nextShape);
        output[n++] = FeatureHash.Of(TShapePair, prevShape, shape);
        output[n++] = FeatureHash.Of(TShapePairNext, shape, nextShape);
        output[n++] = FeatureHash.Of(TNormPair, prevNorm, norm);
        output[n++] = FeatureHash.Of(TNormPairNext, norm, nextNorm);
        output[n++] = FeatureHash.Of(TNormShapeNext, norm, nextShape);
        output[n++] = FeatureHash.Of(TPrevNormShape, prevNorm, shape);
        if (i > 0)
        {
            ref readonly var p = ref tokens[first + i - 1];
            output[n++] = FeatureHash.Of(TPrevForm, StringHash.Of(text.Slice(p.Start, p.End - p.Start)));
        }
        ulong window = ShortShape(w);
        window = FeatureHash.Mix(window ^ (i > 0 ? ShortShape(text.Slice(tokens[first + i - 1].Start, tokens[first + i - 1].End - tokens[first + i - 1].Start)) : Boundary));
        window = FeatureHash.Mix(window ^ (i + 1 < count ? ShortShape(text.Slice(tokens[first + i + 1].Start, tokens[first + i + 1].End - tokens[first + i + 1].Start)) : Boundary));
        output[n++] = FeatureHash.Of(TShortShapeWindow, window);
        if (i == 0)
        {
            output[n++] = FeatureHash.Of(TInitialTitle, title ? 1UL : 0UL);
            output[n++] = FeatureHash.Of(TInitialNorm, norm);
        }
        ulong flags = Flags(w);
        output[n++] = FeatureHash.Of(TFlags, flags);
        output[n++] = FeatureHash.Of(TLength, (ulong)Math.Min(w.Length, 12));
        if (!kinds.IsEmpty)
        {
            // The sentence's capitalisation with the word's: in a headline every word is capitalised, in chat none is.
            output[n++] = FeatureHash.Of(TCaseMode, (ulong)caseMode, flags & 3);
            if ((kinds[i] & KindAcronym) != 0)
                output[n++] = FeatureHash.Of(TAcronym, (ulong)caseMode, gaz[i * Gazetteer.ListCount + (int)GazetteerList.Organization]);
            n += RunFeatures(kinds, count, i, output[n..]);
        }
        if (!classes.IsEmpty) n += ClassFeatures(classes, count, i, flags, prevShape, nextShape, output[n..]);

        int g = i * Gazetteer.ListCount;
        for (int l = 0; l < Gazetteer.ListCount; l++)
        {
            byte pos = gaz[g + l];
            if (pos != 0)
            {
                output[n++] = FeatureHash.Of(TGaz, (ulong)(l * 8 + pos));
                output[n++] = FeatureHash.Of(TGazCap, (ulong)(l * 8 + pos), title ? 1UL : 0UL);
            }
            if (i > 0 && gaz[g - Gazetteer.ListCount + l] != 0 && n < MaxStatic - 2) output[n++] = FeatureHash.Of(TGazPrev, (ulong)l);
            if (i + 1 < count && gaz[g + Gazetteer.ListCount + l] != 0 && n < MaxStatic - 2) output[n++] = FeatureHash.Of(TGazNext, (ulong)l);
        }
        return n;
    }

    /// <summary>
    /// Word-class features (Ratinov and Roth 2009): the classes of the word at three granularities, of its neighbours,
    /// the fine class with the word's capitalisation (classes are of lower-cased words) and the middle class with the
    /// shapes of the neighbours. A word never seen in the annotated data shares the weights of its class ("Kerry" with
    /// other surnames, "Hyundai" with other companies).
    /// </summary>
    private static int ClassFeatures(ReadOnlySpan<ulong> classes, int count, int i, ulong flags, ulong prevShape, ulong nextShape,
        Span<ulong> output)
    {
        int n = 0;
        ulong c = classes[i];
        ulong c1 = Tagging.WordClusters.Level(c, 1), c2 = Tagging.WordClusters.Level(c, 2);
        output[n++] = FeatureHash.Of(TClass, Tagging.WordClusters.Level(c, 0));
        output[n++] = FeatureHash.Of(TClass, 0x10000 + c1);
        output[n++] = FeatureHash.Of(TClass, 0x20000 + c2);
        output[n++] = FeatureHash.Of(TClassCap, c2, flags & 3);
        output[n++] = FeatureHash.Of(TClassPrev, i > 0 ? Tagging.WordClusters.Level(classes[i - 1], 1) : Boundary);
        output[n++] = FeatureHash.Of(TClassPrev, i > 0 ? 0x20000 + Tagging.WordClusters.Level(classes[i - 1], 2) : Boundary);
        output[n++] = FeatureHash.Of(TClassNext, i + 1 < count ? Tagging.WordClusters.Level(classes[i + 1], 1) : Boundary);
        output[n++] = FeatureHash.Of(TClassNext, i + 1 < count ? 0x20000 + Tagging.WordClusters.Level(classes[i + 1], 2) : Boundary);
        output[n++] = FeatureHash.Of(TClassPrev2, i > 1 ? Tagging.WordClusters.Level(classes[i - 2], 1) : Boundary);
        output[n++] = FeatureHash.Of(TClassNext2, i + 2 < count ? Tagging.WordClusters.Level(classes[i + 2], 1) : Boundary);
        output[n++] = FeatureHash.Of(TClassShapePrev, c1, prevShape);
        output[n++] = FeatureHash.Of(TClassShapeNext, c1, nextShape);
        return n;
    }

    /// <summary>Most document-evidence features per token (<see cref="Evidence"/>).</summary>
    public const int MaxEvidence = 2;

    /// <summary>
    /// Document evidence (Ratinov and Roth's extended prediction history): what the recogniser said about earlier
    /// mentions of the same word in the document. <paramref name="seen"/> holds <see cref="DocumentEvidence"/>'s record of
    /// the word (0: no earlier mention): the set of types given to it (O, PERSON, ORG, LOC) and the class of the latest
    /// mention; each is paired with the word's own capitalisation (<paramref name="caps"/>: 1 capitalised, 2 lower-case
    /// letter, 0 other). A lower-case word gets features only when an earlier mention was a name ("tampa bay").
    /// </summary>
    public static int Evidence(int seen, int caps, Span<ulong> output)
    {
        int types = seen & DocumentEvidence.TypeMask, last = seen >> DocumentEvidence.LastShift;
        if (caps != 1 && (types & ~1) == 0) return 0;
        output[0] = FeatureHash.Of(TDocSeen, (ulong)types, (ulong)caps);
        if (types == 0) return 1;
        output[1] = FeatureHash.Of(TDocLast, (ulong)last, (ulong)caps);
        return 2;
    }

    /// <summary>Capitalisation class of a word for <see cref="Evidence"/>: 1 capitalised, 2 lower-case letter, 0 other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Caps(ReadOnlySpan<char> w) => w.Length == 0 ? (byte)0 : char.IsUpper(w[0]) ? (byte)1 : char.IsLetter(w[0]) ? (byte)2 : (byte)0;

    /// <summary>Bits of a token's word kind (<see cref="Kind"/>).</summary>
    public const byte KindCap = 1, KindConnector = 2, KindOrgHead = 4, KindLocHead = 8, KindAcronym = 16;

    /// <summary>Lower-case words that join the capitalised words of one name ("Bank of the West", "Leonardo da Vinci").</summary>
    private static readonly HashSet<ulong> RunConnectors = NormSet(
        "of", "for", "and", "&", "the", "de", "du", "da", "der", "von", "van", "al", "el", "la", "le", "del", "des", "y");

    /// <summary>Words that end or head the names of organisations (agencies, parties, companies, media, armed forces).</summary>
    private static readonly HashSet<ulong> OrgHeads = NormSet(
        "ministry", "department", "dept", "dept.", "party", "council", "committee", "commission", "inc", "inc.", "corp", "corp.",
        "co", "co.", "ltd", "ltd.", "llc", "plc", "llp", "ag", "sa", "gmbh", "group", "university", "college", "school", "institute",
        "academy", "army", "navy", "force", "forces", "police", "bank", "agency", "authority", "administration", "association",
        "union", "federation", "league", "foundation", "fund", "company", "corporation", "organization", "organisation",
        "office", "bureau", "service", "services", "court", "parliament", "congress", "senate", "assembly", "government",
        "board", "center", "centre", "club", "team", "church", "news", "times", "post", "journal", "press", "network",
        "airlines", "airways", "motors", "industries", "holdings", "partners", "systems", "technologies", "tech",
        "hospital", "movement", "front", "brigade", "brigades", "guard", "command", "coalition", "alliance", "society",
        "trust", "securities", "capital", "futures", "energy", "entertainment", "media", "magazine", "monthly", "weekly",
        "daily", "herald", "tribune", "telegraph", "gazette", "broadcasting", "television", "radio", "records", "studios",
        "pharmaceuticals", "cabinet", "secretariat", "directorate", "militia");

    /// <summary>Words that end the names of places and facilities (streets, waters, mountains, buildings).</summary>
    private static readonly HashSet<ulong> LocHeads = NormSet(
        "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "river", "lake", "mountain",
        "mountains", "mount", "mt", "mt.", "island", "islands", "bay", "sea", "ocean", "county", "province", "city", "park",
        "valley", "gulf", "coast", "beach", "square", "airport", "bridge", "station", "district", "region", "desert",
        "peninsula", "strait", "canal", "hills", "heights", "falls", "harbor", "harbour", "plaza", "mall", "tower", "palace",
        "castle", "cathedral", "stadium", "arena", "hotel", "restaurant", "grill", "cafe", "bar", "museum", "theater",
        "theatre", "auditorium", "zoo", "village", "town", "territory", "territories");

    private static HashSet<ulong> NormSet(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words) set.Add(StringHash.OfNorm(w));
        return set;
    }

    /// <summary>The word kind of a token: capitalised, connector, typical head of an organisation or place name, acronym.</summary>
    public static byte Kind(ReadOnlySpan<char> w, ulong norm)
    {
        byte k = 0;
        if (w.Length > 0 && char.IsUpper(w[0])) k |= KindCap;
        else if (RunConnectors.Contains(norm)) k |= KindConnector;
        if (OrgHeads.Contains(norm)) k |= KindOrgHead;
        else if (LocHeads.Contains(norm)) k |= KindLocHead;
        int letters = 0;
        bool acronym = w.Length >= 2;
        foreach (char c in w)
        {
            if (char.IsUpper(c)) letters++;
            else if (c != '.' && c != '&') { acronym = false; break; }
        }
        if (acronym && letters >= 2 && letters <= 6) k |= KindAcronym;
        return k;
    }

    /// <summary>
    /// The capitalisation of a sentence: 1 when nearly every word is capitalised (headlines, titles), 2 when no word is
    /// (chat), 0 otherwise.
    /// </summary>
    public static int CaseMode(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int first, int count)
    {
        int words = 0, caps = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly var t = ref tokens[first + i];
            if (t.End <= t.Start || !char.IsLetter(text[t.Start])) continue;
            words++;
            if (char.IsUpper(text[t.Start])) caps++;
        }
        if (words >= 4 && caps * 4 >= words * 3) return 1;
        if (words >= 3 && caps == 0) return 2;
        return 0;
    }

    /// <summary>Longest capitalised run scanned each way from a token.</summary>
    private const int MaxRun = 10;

    /// <summary>
    /// Features of the capitalised run a token stands in (capitalised words, joined by connectors such as "of the"):
    /// its position and length, and whether the run holds a typical organisation or place
    /// head word before, at or after the token ("the Ministry of Foreign Affairs", "Carr Futures").
    /// </summary>
    private static int RunFeatures(ReadOnlySpan<byte> kinds, int count, int i, Span<ulong> output)
    {
        if ((kinds[i] & KindCap) == 0) return 0;
        int start = i, end = i;
        for (int j = i - 1; j >= 0 && i - j <= MaxRun;)
        {
            if ((kinds[j] & KindCap) != 0) { start = j; j--; continue; }
            int k = j;
            while (k >= 0 && j - k < 2 && (kinds[k] & KindConnector) != 0) k--;
            if (k < j && k >= 0 && (kinds[k] & KindCap) != 0) { start = k; j = k - 1; continue; }
            break;
        }
        for (int j = i + 1; j < count && j - i <= MaxRun;)
        {
            if ((kinds[j] & KindCap) != 0) { end = j; j++; continue; }
            int k = j;
            while (k < count && k - j < 2 && (kinds[k] & KindConnector) != 0) k++;
            if (k > j && k < count && (kinds[k] & KindCap) != 0) { end = k; j = k + 1; continue; }
            break;
        }
        int n = 0;
        int length = end - start + 1;
        ulong position = length == 1 ? 3UL : i == start ? 0UL : i == end ? 2UL : 1UL;
        output[n++] = FeatureHash.Of(TRunPosition, position, (ulong)Math.Min(length, 5));
        // The nearest head word of the run: 1 after the token, 2 the token itself, 3 before it; org 0, place 4.
        ulong head = 0;
        for (int j = start; j <= end; j++)
        {
            byte k = kinds[j];
            if ((k & (KindOrgHead | KindLocHead)) == 0 || (k & KindCap) == 0) continue;
            ulong rel = j > i ? 1UL : j == i ? 2UL : 3UL;
            head = rel + ((k & KindLocHead) != 0 ? 4UL : 0UL);
            if (j >= i) break;
        }
        if (head != 0) output[n++] = FeatureHash.Of(TRunHead, head, (ulong)Math.Min(length, 3));
        return n;
    }

    /// <summary>
    /// The group of a previous class that the word features of the history see: 0 when no entity is open (O, L, U:
    /// the next token starts fresh), 1 + type when an entity of that type is open (B, I). The class itself is seen only by
    /// the transition feature, so Viterbi decoding reads one set of word-history rows per group, not per class.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HistoryGroup(int prev) => prev > 0 && (prev - 1) % 4 < 2 ? 1 + (prev - 1) / 4 : 0;

    /// <summary>
    /// The first mixing step of each history feature for each previous class or group (<see cref="FeatureHash.Of"/> with
    /// it as first value), so that Viterbi decoding mixes once per feature. The transition feature is complete here.
    /// </summary>
    private static readonly ulong[] HistorySeeds = MakeHistorySeeds();

    private const int MaxPrev = 64;

    private static ulong[] MakeHistorySeeds()
    {
        var seeds = new ulong[MaxPrev * HistoryCount];
        for (int p = 0; p < MaxPrev; p++)
        {
            seeds[p * HistoryCount] = FeatureHash.Of(THistPrev, (ulong)p);
            seeds[p * HistoryCount + 1] = FeatureHash.Mix(unchecked((ulong)p + THistGroupNorm * 0x9E3779B97F4A7C15UL));
            seeds[p * HistoryCount + 2] = FeatureHash.Mix(unchecked((ulong)p + THistGroupShape * 0x9E3779B97F4A7C15UL));
            seeds[p * HistoryCount + 3] = FeatureHash.Mix(unchecked((ulong)p + THistGroupNext * 0x9E3779B97F4A7C15UL));
        }
        return seeds;
    }

    /// <summary>
    /// Writes the history features of a token given the previous class (first-order, for Viterbi decoding): the
    /// transition from the previous class, and the word, shape and next word with the previous class's
    /// <see cref="HistoryGroup"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void History(int prev, ulong norm, ulong shape, ulong nextNorm, Span<ulong> output)
    {
        output[0] = HistorySeeds[prev * HistoryCount];
        GroupHistory(HistoryGroup(prev), norm, shape, nextNorm, output[1..]);
    }

    /// <summary>The hash of the transition feature from class <paramref name="prev"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Transition(int prev) => HistorySeeds[prev * HistoryCount];

    /// <summary>Writes the word-history features (<see cref="HistoryCount"/> - 1) of a previous-class group.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void GroupHistory(int group, ulong norm, ulong shape, ulong nextNorm, Span<ulong> output)
    {
        // Equal to FeatureHash.Of(THistGroupNorm, group, norm), ... with the first step precomputed.
        int o = group * HistoryCount;
        output[0] = FeatureHash.Mix(HistorySeeds[o + 1] ^ norm);
        output[1] = FeatureHash.Mix(HistorySeeds[o + 2] ^ shape);
        output[2] = FeatureHash.Mix(HistorySeeds[o + 3] ^ nextNorm);
    }
}
