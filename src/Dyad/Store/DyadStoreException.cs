using Dyad.Diagnostics;

namespace Dyad.Store;

/// <summary>A failure of the store itself (not of an input): carries the stable code users see.</summary>
public sealed class DyadStoreException : Exception
{
    /// <summary>Creates the exception with a code and a message that says what to do.</summary>
    public DyadStoreException(ErrorCode code, string message, Exception? inner = null)
        : base("DY" + ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + code + ": " + message, inner)
    {
        Code = code;
    }

    /// <summary>The error code (<see cref="ErrorCode.StoreFailed"/>, <see cref="ErrorCode.StoreTooNew"/>).</summary>
    public ErrorCode Code { get; }
}
