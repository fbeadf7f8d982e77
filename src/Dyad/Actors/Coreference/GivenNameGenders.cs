namespace Dyad.Actors.Coreference;

/// <summary>
/// Given names that news uses for one gender only, so that "she" does not stand for "Barack Obama" nor "he" for "Amy
/// Schumer" when the article gives no Mr./Mrs. Written by hand from common use; names worn by both genders, or by one
/// in one language and the other in another ("Jean", "Andrea", "Kim", "Nicola", "Jordan"), are left out on purpose.
/// </summary>
internal static class GivenNameGenders
{
    private static readonly string[] Male =
    [
        "aaron", "abdullah", "abdel", "abdul", "abraham", "adam", "ahmad", "ahmed", "alan", "albert", "alejandro", "alexander", "alexei",
        "ali", "andrew", "andrei", "andrzej", "angelo", "anthony", "antonio", "arnold", "arthur", "ashraf", "barack", "benjamin", "benny",
        "bernie", "bill", "bob", "boris", "brian", "bruce", "carl", "carlos", "charles", "chris", "christopher", "chuck", "colin", "dan",
        "daniel", "david", "dennis", "dick", "dmitry", "dmitri", "don", "donald", "douglas", "edward", "emmanuel", "eric", "fernando",
        "francisco", "frank", "fred", "george", "gerald", "gary", "gregory", "hamid", "harold", "harry", "hassan", "henry", "hillel", "howard",
        "hugo", "hussein", "ibrahim", "igor", "ivan", "jack", "jacob", "james", "jeb", "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe",
        "john", "jonathan", "jorge", "jose", "joseph", "juan", "justin", "karl", "keith", "ken", "kenneth", "kevin", "khalid", "larry",
        "louis", "luis", "mahmoud", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mikhail", "mitch", "mitt",
        "mohamed", "mohammad", "mohammed", "muhammad", "narendra", "nick", "nicholas", "nicolas", "olaf", "omar", "oscar", "pablo", "paul",
        "pedro", "peter", "rand", "raul", "recep", "reince", "richard", "rick", "robert", "roger", "ron", "ronald", "rudy", "salman",
        "sam", "samuel", "scott", "sergei", "sergey", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "todd", "tom",
        "tony", "victor", "viktor", "vladimir", "volodymyr", "walter", "william", "yahya", "yair", "yoav", "yuri", "yusuf", "ziad",
    ];

    private static readonly string[] Female =
    [
        "alice", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "carly", "carol", "caroline", "catherine", "chelsea",
        "christine", "claire", "condoleezza", "cynthia", "debbie", "deborah", "diane", "donna", "elena", "elizabeth", "ellen", "emily",
        "emma", "esther", "golda", "helen", "hillary", "huma", "ivanka", "jacinda", "jane", "janet", "jennifer", "jessica", "jill", "joan",
        "judith", "julia", "julianne", "karen", "karine", "katherine", "kathleen", "kelly", "kellyanne", "laura", "linda", "lisa",
        "liz", "madeleine", "margaret", "maria", "marie", "marine", "mary", "megyn", "melania", "michelle", "nancy", "natalia", "nicole",
        "nikki", "oprah", "patricia", "rachel", "rebecca", "rosa", "ruth", "samantha", "sandra", "sarah", "sonia",
        "stephanie", "susan", "susana", "sylvia", "tamar", "teresa", "theresa", "tulsi", "ursula", "valerie", "victoria", "yulia",
    ];

    private static readonly Dictionary<string, int> Gender = Build();

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in Male) map[n] = 1;
        foreach (var n in Female) map[n] = map.ContainsKey(n) ? 0 : 2;
        return map;
    }

    /// <summary>1 male, 2 female, 0 unknown, for a given name in any case.</summary>
    public static int Of(string given) => Gender.TryGetValue(given.ToLowerInvariant(), out int g) ? g : 0;
}
