using Dyad.Articles;
using Dyad.Documents;

namespace Dyad.Tests.Store;

/// <summary>Builds documents by hand for store tests: white-space tokens, a sentence after each token ending in . ! or ?.</summary>
internal static class StoreTestDocs
{
    public static Document Make(Article article)
    {
        var doc = new Document(article);
        var text = article.Text;
        int i = 0, sentenceStart = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            doc.AddToken(start, i, i < text.Length ? TokenFlags.SpaceAfter : TokenFlags.None);
            char last = text[i - 1];
            if (last is '.' or '!' or '?')
            {
                doc.AddSentence(sentenceStart, doc.TokenCount - sentenceStart);
                sentenceStart = doc.TokenCount;
            }
        }
        if (doc.TokenCount > sentenceStart) doc.AddSentence(sentenceStart, doc.TokenCount - sentenceStart);
        return doc;
    }

    public static Document Make(string id, string text, string? title = null, string? source = null, string? language = "en",
                                DateTimeOffset? published = null) =>
        Make(new Article { Id = id, Text = text, Title = title, Source = source, Language = language, Published = published });

    /// <summary>A fresh store file in its own temporary folder (the folder does not exist yet).</summary>
    public static string NewStorePath() =>
        Path.Combine(Path.GetTempPath(), "dyad-store-tests", Guid.NewGuid().ToString("N"), "nested", "store.duckdb");

    public static void DeleteStore(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetDirectoryName(path))!;
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
