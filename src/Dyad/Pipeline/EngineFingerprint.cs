using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dyad.Documents.Entities;
using Dyad.Documents.Models;
using Dyad.Documents.Parsing;
using Dyad.Documents.Tagging;

namespace Dyad.Pipeline;

/// <summary>
/// A short stable hash of what decides the annotations this build of Dyad makes: <see cref="AnnotationVersion"/>,
/// the contents of the shipped model files, the contents of every file embedded in the library (the knowledge
/// files, the gazetteer and the segmenter's word lists) and the version of the language identifier. The store
/// keeps, per article, the fingerprint it was annotated with; an ingest or <c>dyad reannotate</c> replaces the
/// annotations of an article stored under another one.
/// </summary>
/// <remarks>
/// Form: <c>{AnnotationVersion}-{12 hex digits}</c>, e.g. <c>1-3f9c0e12ab34</c>. Computed once per process, when
/// first asked for (a run that never stores anything never pays for it): about 20 MB of model and embedded files
/// are read and hashed with SHA-256.
/// </remarks>
public static class EngineFingerprint
{
    /// <summary>
    /// The version of what the code makes of an article. <b>Bump it in the same commit as any code change that
    /// changes what is stored for an article</b>: a rule of a stage, a new or re-meant column, a fix that moves
    /// an offset or a code. Stores annotated under the old number then count their articles as stale, and
    /// <c>dyad ingest</c> / <c>dyad reannotate</c> re-annotate them. Changes of the model files and of the
    /// embedded knowledge files need no bump: their contents are in the hash. A change that alters no stored
    /// value (speed, messages, tests) needs none either.
    /// </summary>
    public const int AnnotationVersion = 12;

    /// <summary>The model files the default pipeline loads (<see cref="ModelFile.Locate"/> finds them).</summary>
    public static IReadOnlyList<string> ModelFileNames { get; } = [Tagger.ShippedFileName, Parser.DefaultFileName, EntityRecognizer.DefaultFileName];

    private static readonly Lazy<string> _current = new(ComputeCurrent, LazyThreadSafetyMode.ExecutionAndPublication);
    private static long _computeTicks;
    private static long _computeCpuTicks;

    /// <summary>The fingerprint of this build with the model files it finds; computed on first use, then kept.</summary>
    public static string Current => _current.Value;

    /// <summary>How long computing <see cref="Current"/> took (zero until it was asked for).</summary>
    public static TimeSpan ComputeTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _computeTicks));

    /// <summary>Processor time of the whole process while <see cref="Current"/> was computed (other threads included).</summary>
    public static TimeSpan ComputeCpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _computeCpuTicks));

    private static string ComputeCurrent()
    {
        long start = Stopwatch.GetTimestamp();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var models = new List<(string Name, string? Path)>(ModelFileNames.Count);
        foreach (var name in ModelFileNames)
        {
            string? path;
            try { path = ModelFile.Locate(name); }
            catch (FileNotFoundException) { path = null; } // hashed as missing: the pipeline will say so when it loads it
            models.Add((name, path));
        }
        var assembly = typeof(EngineFingerprint).Assembly;
        var resources = assembly.GetManifestResourceNames();
        var fingerprint = Compute(AnnotationVersion, models, resources.Select(n => (n, (Func<Stream?>)(() => assembly.GetManifestResourceStream(n)))),
            LanguageIdentifierVersion());
        Interlocked.Exchange(ref _computeTicks, Stopwatch.GetTimestamp() - start);
        Interlocked.Exchange(ref _computeCpuTicks, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).Ticks);
        return fingerprint;
    }

    /// <summary>
    /// The fingerprint of a given set of parts: the annotation version, model files by name (a null path is hashed as
    /// missing), named embedded streams, and any further text. Order of the files does not matter: they are sorted by name.
    /// </summary>
    internal static string Compute(int annotationVersion, IEnumerable<(string Name, string? Path)> models,
        IEnumerable<(string Name, Func<Stream?> Open)> embedded, string extra)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        AddText(hash, "dyad engine\n" + annotationVersion.ToString(CultureInfo.InvariantCulture) + "\n" + extra + "\n");
        foreach (var (name, path) in models.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            AddText(hash, "model " + name + "\n");
            if (path is null) { AddText(hash, "missing\n"); continue; }
            using var stream = File.OpenRead(path);
            AddStream(hash, stream, buffer);
        }
        foreach (var (name, open) in embedded.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            AddText(hash, "embedded " + name + "\n");
            using var stream = open();
            if (stream is null) { AddText(hash, "missing\n"); continue; }
            AddStream(hash, stream, buffer);
        }
        return Format(annotationVersion, hash.GetHashAndReset());
    }

    /// <summary>
    /// A fingerprint that adds <paramref name="parts"/> (pipeline options that change the annotations, such as the
    /// last stage run or an extra dictionary's contents) to <paramref name="engine"/>; the annotation version is kept
    /// in front so that a reader still sees which code made the annotations.
    /// </summary>
    internal static string Extend(string engine, IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddText(hash, "dyad pipeline\n" + engine + "\n");
        foreach (var p in parts) AddText(hash, p + "\n");
        int dash = engine.IndexOf('-');
        int version = dash > 0 && int.TryParse(engine.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return Format(version, hash.GetHashAndReset());
    }

    /// <summary>The SHA-256 of a file's contents in hex, for <see cref="Extend"/>.</summary>
    internal static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Format(int version, byte[] digest) =>
        version.ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(digest.AsSpan(0, 6));

    private static void AddText(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    private static void AddStream(IncrementalHash hash, Stream stream, byte[] buffer)
    {
        long length = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, n);
            length += n;
        }
        // The length closes the file's part, so that bytes cannot move between neighbouring files unnoticed.
        AddText(hash, "\n" + length.ToString(CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>The language identifier decides which articles the English stages run on; its package version counts.</summary>
    private static string LanguageIdentifierVersion()
    {
        var lingua = typeof(Lingua.LanguageDetector).Assembly.GetName();
        return "language identifier " + lingua.Name + " " + lingua.Version;
    }
}
