using System.Data.Common;

namespace Dyad.Store;

/// <summary>Conversions between stored columns and .NET values, shared by the store and the query side.</summary>
internal static class StoreValues
{
    /// <summary>Reads a TIMESTAMPTZ column (DuckDB hands it out as a UTC <see cref="DateTime"/>) as an instant in UTC.</summary>
    public static DateTimeOffset ReadInstant(DbDataReader reader, int ordinal)
    {
        var value = reader.GetValue(ordinal);
        return value switch
        {
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            _ => throw new InvalidCastException($"column {reader.GetName(ordinal)} holds {value.GetType().Name}, not a timestamp"),
        };
    }

    /// <summary>Reads a nullable VARCHAR column.</summary>
    public static string? ReadString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
