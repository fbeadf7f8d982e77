using System.Security.Cryptography;
using System.Text;

namespace Dyad.Articles;

/// <summary>Stable identifiers derived from content, so that the same article read twice gets the same id.</summary>
public static class ArticleIds
{
    /// <summary>Hex SHA-256 over the title, a separator and the text (both already normalized).</summary>
    public static string ContentHash(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? "") + "\u0001" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The id used when the input gives none: the first 16 hex digits of the content hash.</summary>
    public static string FromContent(string? title, string text) => ContentHash(title, text)[..16];
}
