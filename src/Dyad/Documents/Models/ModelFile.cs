using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dyad.Documents.Models;

/// <summary>
/// The one container format for every shipped model: a header (magic, format version, kind), a JSON metadata
/// block (training data, seed, measured scores, ...), then named binary sections, all Brotli-compressed after the
/// magic. Loading checks the magic, the kind and the version and fails with a clear message.
/// </summary>
/// <remarks>
/// Layout: <c>"DYADMODL"</c> (8 bytes) · int32 container version · then a Brotli stream of:
/// string kind · int32 model format version · string metadata JSON · int32 section count ·
/// for each section: string name · int32 length · bytes. Strings are BinaryWriter's length-prefixed UTF-8.
/// </remarks>
public static class ModelFile
{
    private static readonly byte[] Magic = "DYADMODL"u8.ToArray();

    /// <summary>Version of the container layout itself.</summary>
    public const int ContainerVersion = 1;

    /// <summary>Writes a model file.</summary>
    /// <param name="path">Where to write (folders are created).</param>
    /// <param name="kind">The model kind, e.g. <c>tagger</c>.</param>
    /// <param name="formatVersion">The kind's own format version, checked on load.</param>
    /// <param name="metadata">Training data, seed, scores and anything else worth knowing; stored as JSON.</param>
    /// <param name="sections">Named sections and the code that writes each.</param>
    public static void Save(string path, string kind, int formatVersion, JsonObject metadata, IReadOnlyList<(string Name, Action<BinaryWriter> Write)> sections)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        {
            file.Write(Magic);
            file.Write(BitConverter.GetBytes(ContainerVersion));
            using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
            using var w = new BinaryWriter(brotli, Encoding.UTF8);
            w.Write(kind);
            w.Write(formatVersion);
            w.Write(metadata.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            w.Write(sections.Count);
            foreach (var (name, write) in sections)
            {
                using var ms = new MemoryStream();
                using (var sw = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true)) write(sw);
                w.Write(name);
                w.Write((int)ms.Length);
                w.Write(ms.GetBuffer(), 0, (int)ms.Length);
            }
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads only a model file's kind, format version and metadata (the sections are not decompressed).</summary>
    public static (string Kind, int FormatVersion, JsonObject Metadata) ReadHeader(string path)
    {
        using var file = File.OpenRead(path);
        using var r = OpenBody(file, path);
        string kind = r.ReadString();
        int version = r.ReadInt32();
        return (kind, version, JsonNode.Parse(r.ReadString())?.AsObject() ?? new JsonObject());
    }

    private static BinaryReader OpenBody(FileStream file, string path)
    {
        Span<byte> head = stackalloc byte[12];
        if (file.ReadAtLeast(head, 12, throwOnEndOfStream: false) < 12 || !head[..8].SequenceEqual(Magic))
            throw new InvalidDataException($"{path} is not a Dyad model file");
        int container = BitConverter.ToInt32(head[8..]);
        if (container != ContainerVersion)
            throw new InvalidDataException($"{path} uses model container version {container}; this Dyad reads version {ContainerVersion}");
        return new BinaryReader(new BrotliStream(file, CompressionMode.Decompress), Encoding.UTF8);
    }

    /// <summary>Reads a model file, checking its kind and format version.</summary>
    /// <exception cref="InvalidDataException">The file is not a Dyad model, or of another kind or version.</exception>
    public static LoadedModel Load(string path, string expectedKind, int supportedFormatVersion)
    {
        using var file = File.OpenRead(path);
        using var r = OpenBody(file, path);
        string kind = r.ReadString();
        if (kind != expectedKind)
            throw new InvalidDataException($"{path} is a '{kind}' model, not a '{expectedKind}' model");
        int version = r.ReadInt32();
        if (version != supportedFormatVersion)
            throw new InvalidDataException($"{path} is a {kind} model of format version {version}; this Dyad reads version {supportedFormatVersion} (retrain it with 'dyad train {kind}')");
        var metadata = JsonNode.Parse(r.ReadString())?.AsObject() ?? new JsonObject();
        int count = r.ReadInt32();
        var sections = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string name = r.ReadString();
            int length = r.ReadInt32();
            sections[name] = r.ReadBytes(length);
        }
        return new LoadedModel(kind, version, metadata, sections);
    }

    /// <summary>
    /// Finds a shipped model by file name: the <c>DYAD_MODELS</c> folder when set, else <c>models/</c> beside the
    /// program, else <c>models/</c> in the repository above it.
    /// </summary>
    public static string Locate(string fileName)
    {
        var env = Environment.GetEnvironmentVariable("DYAD_MODELS");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, fileName))) return Path.Combine(env, fileName);
        var beside = Path.Combine(AppContext.BaseDirectory, "models", fileName);
        if (File.Exists(beside)) return beside;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "models", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"model '{fileName}' was not found in DYAD_MODELS, beside the program, or in the repository's models/ folder");
    }
}

/// <summary>A model file as loaded: kind, version, metadata and the raw sections.</summary>
public sealed class LoadedModel(string kind, int formatVersion, JsonObject metadata, IReadOnlyDictionary<string, byte[]> sections)
{
    /// <summary>The model kind.</summary>
    public string Kind { get; } = kind;

    /// <summary>The kind's format version.</summary>
    public int FormatVersion { get; } = formatVersion;

    /// <summary>The metadata block.</summary>
    public JsonObject Metadata { get; } = metadata;

    /// <summary>Names of the sections present.</summary>
    public IEnumerable<string> SectionNames => sections.Keys;

    /// <summary>A reader over a section; throws with the section's name when it is missing.</summary>
    public BinaryReader Section(string name) =>
        sections.TryGetValue(name, out var bytes)
            ? new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8)
            : throw new InvalidDataException($"{Kind} model has no section '{name}'");
}
