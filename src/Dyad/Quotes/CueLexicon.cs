namespace Dyad.Quotes;

/// <summary>
/// The verbs that introduce reported speech or thought, by lemma. Direct quotes take any of them (or, failing
/// that, the frame's verb); indirect attributions are read only from these verbs' clausal complements.
/// </summary>
/// <remarks>Started from the cue words of the PolNeAR train split (cues seen 6 times or more, lemmatized) and
/// completed with their common synonyms; the belief verbs are kept because PolNeAR annotates reported thought too.</remarks>
internal static class CueLexicon
{
    /// <summary>Verbs of saying and writing.</summary>
    public static readonly string[] Speech =
    [
        "say", "tell", "add", "write", "ask", "note", "explain", "continue", "insist", "argue", "claim", "state",
        "declare", "announce", "warn", "suggest", "report", "reply", "respond", "recall", "tweet", "post", "joke",
        "quip", "acknowledge", "admit", "confirm", "deny", "predict", "vow", "promise", "pledge", "urge", "complain",
        "conclude", "observe", "remark", "describe", "praise", "accuse", "criticize", "criticise", "charge", "contend",
        "maintain", "assert", "stress", "emphasize", "reveal", "indicate", "mention", "testify", "shout", "yell",
        "scream", "chant", "exclaim", "whisper", "muse", "boast", "brag", "concede", "lament", "retort", "counter",
        "caution", "agree", "recount", "reiterate", "repeat", "speculate", "estimate", "allege", "interject",
        "demand", "plead", "threaten", "propose", "advise", "inform", "assure", "reassure", "remind", "tout",
        "declare", "proclaim", "wonder", "question", "answer", "email", "text", "blog", "joke", "sigh", "laugh",
        "concur", "opine", "elaborate", "clarify", "specify", "disclose", "divulge", "signal", "hint", "imply",
        "cite", "quote", "read", "blast", "slam", "mock", "lash", "fire", "shoot", "predict", "forecast",
    ];

    /// <summary>Verbs of believing, knowing and wanting (reported thought).</summary>
    public static readonly string[] Thought =
    [
        "think", "believe", "feel", "hope", "fear", "expect", "know", "worry", "learn", "find", "show", "suspect",
        "doubt", "assume", "figure", "reckon", "realize", "recognize", "understand", "insist", "acknowledge",
    ];

    /// <summary>Verbs whose object or infinitive clause is what is said ("endorsed Cruz", "announced his resignation",
    /// "declined to comment", "urged him to resign"). Verbs of mere intent (want, plan, seek, hope, expect) are left
    /// out: PolNeAR annotates them, but they are not speech.</summary>
    public static readonly string[] Complement =
    [
        "endorse", "support", "oppose", "back", "criticize", "criticise", "praise", "defend", "announce", "decline",
        "refuse", "propose", "urge", "call", "describe", "cite", "accuse", "blame", "reject", "dismiss", "condemn",
        "denounce", "decry", "welcome", "vow", "promise", "pledge", "threaten", "demand", "question", "deny",
        "acknowledge", "admit", "predict", "recommend", "applaud", "ask", "tell", "warn",
    ];

    /// <summary>Past forms that do not follow the -ed rule.</summary>
    private static readonly string[] Irregular =
    [
        "said", "told", "wrote", "written", "thought", "felt", "knew", "known", "found", "shown", "read", "shot",
        "understood", "forecast", "spoke", "spoken", "learnt",
    ];

    /// <summary>Small words a title keeps in lower case ("Gang of Eight"), for telling titles from quotations.</summary>
    public static readonly string[] TitleWords = ["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "at", "by"];

    /// <summary>The inflected forms of the speech and thought verbs (says, said, claimed, argues...), for finding a cue
    /// the tagger misread.</summary>
    public static IEnumerable<string> SpeechForms()
    {
        foreach (var list in new[] { Speech, Thought })
            foreach (var v in list)
            {
                yield return v;
                bool e = v.EndsWith('e'), y = v.EndsWith('y') && v.Length > 2 && !"aeiou".Contains(v[^2]);
                bool sibilant = v.EndsWith('s') || v.EndsWith('x') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal);
                yield return y ? v[..^1] + "ies" : sibilant ? v + "es" : v + "s";
                yield return e ? v + "d" : y ? v[..^1] + "ied" : v + "ed";
                yield return e ? v[..^1] + "ing" : v + "ing";
            }
        foreach (var f in Irregular) yield return f;
    }
}
