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
}
