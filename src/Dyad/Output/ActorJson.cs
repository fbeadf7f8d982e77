using System.Text.Json;
using Dyad.Actors;
using Dyad.Documents;

namespace Dyad.Output;

/// <summary>The <c>actors</c> array of a processed article's JSON (docs/schema.md): one object per
/// <see cref="ActorMention"/>, in text order. Empty when the actors stage did not run (see <c>pipeline.stages</c>).</summary>
public static class ActorJson
{
    /// <summary>Writes <c>"actors": [...]</c> into the open document object.</summary>
    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("actors");
        var tokens = doc.Tokens;
        foreach (var m in doc.Actors)
        {
            var (start, end) = doc.SpanOffsets(m.FirstToken, m.TokenCount);
            w.WriteStartObject();
            w.WriteString("text", doc.Text.AsSpan(start, end - start));
            w.WriteNumber("start", start);
            w.WriteNumber("end", end);
            w.WriteNumber("first_token", m.FirstToken);
            w.WriteNumber("token_count", m.TokenCount);
            w.WriteNumber("head_token", m.HeadToken);
            w.WriteString("kind", KindName(m.Kind));
            w.WriteString("code", m.Code);
            w.WriteString("country", m.Country);
            w.WriteStartArray("roles");
            foreach (var r in m.Roles) w.WriteStringValue(r);
            w.WriteEndArray();
            w.WriteNumber("entity", m.Entity);
            w.WriteString("name", m.Name);
            w.WriteString("rule", m.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The JSON name of a mention kind: <c>country</c>, <c>igo</c>, <c>agent</c>, <c>person</c>, <c>group</c>,
    /// <c>organization</c>, <c>reference</c>.</summary>
    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Country => "country",
        MentionKind.Igo => "igo",
        MentionKind.Agent => "agent",
        MentionKind.Person => "person",
        MentionKind.Group => "group",
        MentionKind.Organization => "organization",
        _ => "reference",
    };
}
