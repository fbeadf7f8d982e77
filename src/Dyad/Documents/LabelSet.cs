namespace Dyad.Documents;

/// <summary>
/// An append-only table of label names (UPOS tags, XPOS tags, dependency relations, entity types) and their
/// small integer ids. Id 0 is reserved for "not set" and named <c>_</c>. Model files store names; loading a
/// model interns them here, so documents hold integers and hot code compares integers. Thread-safe.
/// </summary>
public sealed class LabelSet
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ushort> _ids = new(StringComparer.Ordinal);
    private string[] _names = new string[64];
    private int _count;

    /// <summary>Creates a set whose id 0 is <c>_</c> (not set).</summary>
    public LabelSet(string kind)
    {
        Kind = kind;
        _names[0] = "_";
        _ids["_"] = 0;
        _count = 1;
    }

    /// <summary>What the labels are (for messages).</summary>
    public string Kind { get; }

    /// <summary>Ids in use, including 0.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The id of a name, adding it when new.</summary>
    public ushort Intern(string name)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(name, out var id)) return id;
            if (_count == ushort.MaxValue) throw new InvalidOperationException($"too many {Kind} labels");
            if (_count == _names.Length) Array.Resize(ref _names, _names.Length * 2);
            id = (ushort)_count;
            _names[id] = name;
            _ids[name] = id;
            Volatile.Write(ref _count, _count + 1);
            return id;
        }
    }

    /// <summary>The id of a name, or 0 when the name is not in the set.</summary>
    public ushort Find(string name)
    {
        lock (_gate) return _ids.TryGetValue(name, out var id) ? id : (ushort)0;
    }

    /// <summary>The name of an id.</summary>
    public string Name(int id) => (uint)id < (uint)Count ? Volatile.Read(ref _names)[id] : throw new ArgumentOutOfRangeException(nameof(id), $"no {Kind} label {id}");
}

/// <summary>The label tables shared by every document and model in the process.</summary>
public static class Labels
{
    /// <summary>Universal POS tags.</summary>
    public static readonly LabelSet Upos = new("UPOS");

    /// <summary>Language-specific POS tags (Penn Treebank for English).</summary>
    public static readonly LabelSet Xpos = new("XPOS");

    /// <summary>Universal Dependencies relations, with subtypes (<c>nsubj:pass</c>).</summary>
    public static readonly LabelSet Deprel = new("deprel");

    /// <summary>Named-entity types (PERSON, ORG, LOC, GPE, ...).</summary>
    public static readonly LabelSet Entity = new("entity");
}
