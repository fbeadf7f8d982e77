namespace Dyad.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything given was processed.</summary>
    public const int Ok = 0;
    /// <summary>The run finished, but some inputs or records were reported as problems (listed on stderr).</summary>
    public const int SomeFailed = 1;
    /// <summary>The command could not run at all (bad arguments, store unusable).</summary>
    public const int Fatal = 2;
}
