using Dyad.Store;

namespace Dyad.Cli;

/// <summary>Progress on standard error: a rewritten line on a terminal, a line every few seconds otherwise.</summary>
internal sealed class ProgressReporter
{
    private readonly TimeSpan _interval;
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private TimeSpan _last = TimeSpan.MinValue;

    /// <param name="interval">Least time between two lines when standard error is not a terminal; zero prints after every batch.</param>
    public ProgressReporter(TimeSpan interval) => _interval = interval;

    public void Report(IngestProgress p)
    {
        if (Due(p.Elapsed))
            Write($"{p.Articles:N0} articles ({p.Inserted:N0} new, {p.Reannotated:N0} re-annotated, {p.Skipped:N0} unchanged, {p.Failed:N0} problems) in {p.Elapsed.TotalSeconds:F1} s, {Rate(p.Articles, p.Elapsed)}/s");
    }

    public void Report(ReannotateProgress p)
    {
        if (Due(p.Elapsed))
            Write($"{p.Articles:N0} of {p.Total:N0} articles ({p.Reannotated:N0} re-annotated, {p.Failed:N0} failed) in {p.Elapsed.TotalSeconds:F1} s, {Rate(p.Articles, p.Elapsed)}/s");
    }

    private bool Due(TimeSpan elapsed)
    {
        if (!_terminal && _last != TimeSpan.MinValue && elapsed - _last < _interval) return false;
        _last = elapsed;
        return true;
    }

    private static string Rate(int articles, TimeSpan elapsed) => (elapsed.TotalSeconds > 0 ? articles / elapsed.TotalSeconds : 0).ToString("N0");

    private void Write(string line)
    {
        if (_terminal)
        {
            int width = TerminalWidth();
            Console.Error.Write("\r" + (line.Length > width ? line[..width] : line.PadRight(width)));
        }
        else Console.Error.WriteLine(line);
    }

    private static int TerminalWidth()
    {
        try { return Console.WindowWidth > 10 ? Console.WindowWidth - 1 : 100; }
        catch (IOException) { return 100; } // no console window to ask (e.g. a pseudo-terminal without a size)
    }

    public void Done()
    {
        if (_terminal && _last != TimeSpan.MinValue) Console.Error.WriteLine();
    }
}
