using System.Collections.Concurrent;

namespace Dyad.Documents;

/// <summary>
/// The process-wide string store: strings such as lemmas become integer ids once (id 0 = not set).
/// Lookups by span do not allocate; adding a new string allocates it once. Thread-safe.
/// </summary>
public sealed class Vocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly object _gate = new();
    private string[] _strings = new string[1024];
    private int _count = 1;

    /// <summary>Creates an empty vocabulary.</summary>
    public Vocabulary()
    {
        _strings[0] = "";
        _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vocabulary shared by the process's documents and models.</summary>
    public static Vocabulary Shared { get; } = new();

    /// <summary>Strings held, including the empty id 0.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The id of the characters, adding them when new.</summary>
    public int Intern(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return 0;
        if (_bySpan.TryGetValue(s, out int id)) return id;
        lock (_gate)
        {
            if (_bySpan.TryGetValue(s, out id)) return id;
            var str = s.ToString();
            if (_count == _strings.Length)
            {
                var bigger = new string[_strings.Length * 2];
                Array.Copy(_strings, bigger, _count);
                Volatile.Write(ref _strings, bigger);
            }
            id = _count;
            _strings[id] = str;
            Volatile.Write(ref _count, id + 1);
            _ids[str] = id;
            return id;
        }
    }

    /// <summary>The string of an id.</summary>
    public string this[int id] => (uint)id < (uint)Count ? Volatile.Read(ref _strings)[id] : throw new ArgumentOutOfRangeException(nameof(id));
}
