namespace Dyad.Actors.Recognition;

/// <summary>
/// English given names and their common familiar forms, both ways: news styles differ in which they print
/// ("Joseph R. Biden Jr." in one paper, "Joe Biden" in the knowledge), so a person name the knowledge lacks is tried
/// with its first word swapped for each other form. Only forms that are unambiguous enough to be worth a lookup are
/// listed; a swapped name still has to be a name the knowledge holds, with its surname, to code anything.
/// </summary>
internal static class GivenNames
{
    private static readonly string[][] Groups =
    [
        ["joseph", "joe"], ["william", "bill", "billy"], ["robert", "bob", "bobby"], ["michael", "mike"],
        ["james", "jim", "jimmy"], ["richard", "dick", "rick"], ["thomas", "tom"], ["charles", "chuck"],
        ["edward", "ted", "ed"], ["christopher", "chris"], ["daniel", "dan"], ["donald", "don"],
        ["anthony", "tony"], ["nicholas", "nick"], ["samuel", "sam"], ["stephen", "steve"], ["steven", "steve"],
        ["timothy", "tim"], ["gregory", "greg"], ["jeffrey", "jeff"], ["kenneth", "ken"], ["ronald", "ron"],
        ["patrick", "pat"], ["mitchell", "mitch"], ["alexander", "alex"], ["elizabeth", "liz"],
        ["katherine", "kate"], ["rafael", "ted"], ["frederick", "fred"], ["lawrence", "larry"], ["gerald", "jerry"],
        ["benjamin", "ben"], ["andrew", "andy"], ["matthew", "matt"], ["zachary", "zach"], ["nancy", "nan"],
        ["deborah", "debbie"], ["susan", "sue"], ["theodore", "ted"], ["randal", "rand"], ["harold", "harry"],
        ["vladimir", "volodymyr"],
    ];

    private static readonly Dictionary<string, string[]> Others = Build();

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var g in Groups)
            foreach (var a in g)
                foreach (var b in g)
                    if (a != b)
                    {
                        if (!map.TryGetValue(a, out var list)) map[a] = list = [];
                        if (!list.Contains(b)) list.Add(b);
                    }
        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The name (lower-cased words, space-separated) with its first word swapped for each other form of it;
    /// nothing when the first word has none.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0) yield break;
        if (!Others.TryGetValue(name[..space], out var others)) yield break;
        foreach (var o in others) yield return o + name[space..];
    }
}
