using System.Runtime.CompilerServices;

namespace Dyad.Documents.Tagging;

/// <summary>
/// The lemmatizer: a (form, XPOS) → lemma table learned from the training words, looked up by the exact form and then
/// by the lower-cased form; for words not in it, suffix edit rules keyed by (XPOS, the word's last 0..<see cref="MaxSuffix"/>
/// lower-cased characters), the longest matching suffix winning. A rule lower-cases the word or keeps its case, strips
/// characters from the end and appends a string (<see cref="LemmaRule"/>: studies/NNS → strip 3, append "y").
/// Lemmas are ids in <see cref="Vocabulary.Shared"/>.
/// </summary>
internal sealed class LemmaModel
{
    /// <summary>Longest suffix a rule is keyed by.</summary>
    public const int MaxSuffix = 5;

    private readonly Dictionary<ulong, int> _table;   // key(form hash, xpos) → lemma id
    private readonly string[] _tableLemmas;           // lemma strings, for saving
    private readonly Dictionary<ulong, int> _tableIndex;
    private readonly Dictionary<ulong, int> _rules;   // key(suffix hash, length, xpos) → rule index
    private readonly LemmaRule[] _ruleList;

    public LemmaModel(Dictionary<ulong, int> tableIndex, string[] tableLemmas, Dictionary<ulong, int> rules, LemmaRule[] ruleList)
    {
        _tableIndex = tableIndex;
        _tableLemmas = tableLemmas;
        _rules = rules;
        _ruleList = ruleList;
        var ids = new int[tableLemmas.Length];
        for (int i = 0; i < ids.Length; i++) ids[i] = Vocabulary.Shared.Intern(tableLemmas[i]);
        _table = new Dictionary<ulong, int>(tableIndex.Count);
        foreach (var (k, v) in tableIndex) _table[k] = ids[v];
    }

    /// <summary>Table entries.</summary>
    public int TableCount => _table.Count;

    /// <summary>Rule keys.</summary>
    public int RuleCount => _rules.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TableKey(ulong formHash, int xpos) => (formHash ^ ((ulong)(uint)xpos * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RuleKey(ulong suffixHash, int length, int xpos) => TableKey(suffixHash * 31 + (ulong)length, xpos + 100_000);

    /// <summary>
    /// The XPOS whose regular forms take the same suffix edits, or null: the past tense and the past participle
    /// ("-ed" on both). A rule key too rare under one of them may be well supported under the other ("tled" is seen
    /// far more as a participle: settled, titled), so an unknown "battled" is not cut to "battl" by the bare "-ed" rule.
    /// </summary>
    public static string? SiblingXpos(string xpos) => xpos switch { "VBD" => "VBN", "VBN" => "VBD", _ => null };

    /// <summary>
    /// The lemma id of a word with the model's XPOS index <paramref name="xpos"/>; <paramref name="siblingXpos"/> (or -1)
    /// is the XPOS inflected alike (<see cref="SiblingXpos"/>), whose rule serves when this XPOS has none for a suffix
    /// of the same length.
    /// </summary>
    public int Lemmatize(ReadOnlySpan<char> form, ulong formHash, ulong normHash, int xpos, int siblingXpos = -1)
    {
        if (_table.TryGetValue(TableKey(formHash, xpos), out int id)) return id;
        if (_table.TryGetValue(TableKey(normHash, xpos) ^ 1, out id)) return id;
        int ruleIndex = -1;
        for (int n = Math.Min(MaxSuffix, form.Length); n >= 0; n--)
        {
            ulong suffix = StringHash.OfNorm(form[^n..]);
            if (_rules.TryGetValue(RuleKey(suffix, n, xpos), out ruleIndex)) break;
            if (siblingXpos >= 0 && _rules.TryGetValue(RuleKey(suffix, n, siblingXpos), out ruleIndex)) break;
        }
        if (ruleIndex < 0) return Vocabulary.Shared.Intern(form);
        return Apply(_ruleList[ruleIndex], form);
    }

    private static int Apply(in LemmaRule rule, ReadOnlySpan<char> form)
    {
        const int MaxStack = 128;
        int keep = form.Length - rule.Strip;
        if (keep <= 0 || keep + rule.Append.Length > MaxStack) return Vocabulary.Shared.Intern(form);
        Span<char> buf = stackalloc char[MaxStack];
        for (int i = 0; i < keep; i++) buf[i] = rule.Lower ? char.ToLowerInvariant(form[i]) : form[i];
        rule.Append.AsSpan().CopyTo(buf[keep..]);
        return Vocabulary.Shared.Intern(buf[..(keep + rule.Append.Length)]);
    }

    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule RuleFor(string form, string lemma)
    {
        string lower = form.ToLowerInvariant();
        int keepCase = CommonPrefix(form, lemma), keepLower = CommonPrefix(lower, lemma);
        bool useLower = keepLower > keepCase;
        int prefix = useLower ? keepLower : keepCase;
        return new LemmaRule(useLower, form.Length - prefix, lemma[prefix..]);
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_tableLemmas.Length);
        foreach (var s in _tableLemmas) w.Write(s);
        w.Write(_tableIndex.Count);
        foreach (var (k, v) in _tableIndex) { w.Write(k); w.Write(v); }
        w.Write(_ruleList.Length);
        foreach (var r in _ruleList) { w.Write(r.Lower); w.Write((byte)r.Strip); w.Write(r.Append); }
        w.Write(_rules.Count);
        foreach (var (k, v) in _rules) { w.Write(k); w.Write(v); }
    }

    public static LemmaModel Read(BinaryReader r)
    {
        var lemmas = new string[r.ReadInt32()];
        for (int i = 0; i < lemmas.Length; i++) lemmas[i] = r.ReadString();
        int n = r.ReadInt32();
        var table = new Dictionary<ulong, int>(n);
        for (int i = 0; i < n; i++) table[r.ReadUInt64()] = r.ReadInt32();
        var rules = new LemmaRule[r.ReadInt32()];
        for (int i = 0; i < rules.Length; i++) rules[i] = new LemmaRule(r.ReadBoolean(), r.ReadByte(), r.ReadString());
        n = r.ReadInt32();
        var ruleKeys = new Dictionary<ulong, int>(n);
        for (int i = 0; i < n; i++) ruleKeys[r.ReadUInt64()] = r.ReadInt32();
        return new LemmaModel(table, lemmas, ruleKeys, rules);
    }
}

/// <summary>An edit from a word to its lemma: lower-case it or not, strip <paramref name="Strip"/> final characters, append <paramref name="Append"/>.</summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append);
