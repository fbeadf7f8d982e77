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

    /// <summary>A stable id: the first 16 hex digits of SHA-256 over article id, sentence, trigger offsets, codes of
    /// source, target and event, so a re-run of the same text gives the same id.</summary>
    public static string Of(Document doc, CodedEvent e)
    {
        string key = string.Join('\u001f', doc.Article.Id, e.Sentence.ToString(CultureInfo.InvariantCulture),
            e.TriggerStart.ToString(CultureInfo.InvariantCulture), e.TriggerEnd.ToString(CultureInfo.InvariantCulture),
            ActorCode(doc, e.Source), ActorCode(doc, e.Target), e.Cameo);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    private static string ActorCode(Document doc, int actor) => actor < 0 ? "" : doc.Actors[actor].Code ?? "?" + actor.ToString(CultureInfo.InvariantCulture);
}
