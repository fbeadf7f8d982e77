using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dyad.Documents;

namespace Dyad.Events;

/// <summary>The stable id and the modality names of coded events, shared by the JSON output and the store.</summary>
public static class EventIds
{
    private static readonly string[] ModalityNames = ["asserted", "negated", "future", "hypothetical", "reported"];

    /// <summary>The name of a modality as the JSON and the store write it.</summary>
    public static string ModalityName(EventModality m) => ModalityNames[(int)m];

    /// <summary>A stable id: the first 16 hex digits of SHA-256 over article id, sentence, trigger offsets, the source's
    /// and target's codes and character offsets, the CAMEO code and the modality, so a re-run of the same text gives the
    /// same id and two events of one trigger (a verb with two targets of the same code, "agreed" and "did not agree")
    /// get two ids. Offsets, not codes alone: 840 PolNeAR articles had a trigger coded twice toward two mentions of one code.</summary>
    public static string Of(Document doc, CodedEvent e)
    {
        string key = string.Join('\u001f', doc.Article.Id, e.Sentence.ToString(CultureInfo.InvariantCulture),
            e.TriggerStart.ToString(CultureInfo.InvariantCulture), e.TriggerEnd.ToString(CultureInfo.InvariantCulture),
            Actor(doc, e.Source), Actor(doc, e.Target), e.Cameo, ModalityName(e.Modality));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private static string Actor(Document doc, int actor)
    {
        if (actor < 0) return "";
        var m = doc.Actors[actor];
        return (m.Code ?? "?") + "@" + doc.Tokens[m.FirstToken].Start.ToString(CultureInfo.InvariantCulture);
    }
}
