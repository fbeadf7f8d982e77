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
        if (!_terminal && _last != TimeSpan.MinValue && p.Elapsed - _last < _interval) return;
        _last = p.Elapsed;
        double rate = p.Elapsed.TotalSeconds > 0 ? p.Articles / p.Elapsed.TotalSeconds : 0;
        string line = $"{p.Articles:N0} articles ({p.Inserted:N0} new, {p.Skipped:N0} already stored, {p.Failed:N0} problems) in {p.Elapsed.TotalSeconds:F1} s, {rate:N0}/s";
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
