namespace Dyad.Tests.Support;

/// <summary>Finds the outside data folder (<c>../shared/data</c> beside the repository) from the test's working directory.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The repository root (the folder holding Dyad.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The data folder, or null when it is not there.</summary>
    public static string? DataRoot => Root.Value;

    /// <summary>Full path of a file or folder under the data folder; throws when the data folder is absent.</summary>
    public static string Path(string relative) =>
        System.IO.Path.Combine(DataRoot ?? throw new InvalidOperationException("shared data folder not found"), relative);

    /// <summary>True when the named file or folder exists under the data folder.</summary>
    public static bool Has(string relative) =>
        DataRoot is { } r && (File.Exists(System.IO.Path.Combine(r, relative)) || Directory.Exists(System.IO.Path.Combine(r, relative)));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Dyad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Dyad.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("DYAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that needs files from the shared data folder; skipped with a clear message when they are absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    /// <summary>Names the data the test needs, relative to the data folder.</summary>
    public DataFactAttribute(params string[] needs)
    {
        foreach (var n in needs)
            if (!SharedData.Has(n)) { Skip = $"shared data '{n}' is not present beside the repository"; break; }
    }
}

/// <summary>A theory that needs files from the shared data folder.</summary>
public sealed class DataTheoryAttribute : TheoryAttribute
{
    /// <summary>Names the data the test needs, relative to the data folder.</summary>
    public DataTheoryAttribute(params string[] needs)
    {
        foreach (var n in needs)
            if (!SharedData.Has(n)) { Skip = $"shared data '{n}' is not present beside the repository"; break; }
    }
}
