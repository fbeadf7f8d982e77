namespace Dyad.Places;

/// <summary>
/// One place named in a document: a run of tokens and the gazetteer entry it resolves to, with the evidence.
/// Written by the places stage (<see cref="PlaceResolver"/>) into <see cref="Documents.Document.Places"/>, in text order.
/// A recognised place the gazetteer cannot resolve keeps its span with <see cref="GeoNamesId"/> null.
/// </summary>
public sealed record PlaceMention
{
    /// <summary>Document index of the first token.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Number of tokens (at least 1).</summary>
    public required int TokenCount { get; init; }

    /// <summary>Index of the sentence holding the mention.</summary>
    public required int Sentence { get; init; }

    /// <summary>The text as written ("Rafah", "Gaza").</summary>
    public required string Text { get; init; }

    /// <summary>The gazetteer's name of the place resolved to ("Rafah", "Washington"), or null when unresolved.</summary>
    public string? Name { get; init; }

    /// <summary>GeoNames id, or null when unresolved.</summary>
    public int? GeoNamesId { get; init; }

    /// <summary>What the place is (city, region, country, area); null when unresolved.</summary>
    public PlaceKind? Kind { get; init; }

    /// <summary>GeoNames feature class (P, A, L).</summary>
    public char? FeatureClass { get; init; }

    /// <summary>GeoNames feature code (PPLC, PPLA2, ADM1, PCLI, CONT...).</summary>
    public string? FeatureCode { get; init; }

    /// <summary>ISO 3166 alpha-2 country code (null for continents and unresolved mentions).</summary>
    public string? Country { get; init; }

    /// <summary>GeoNames admin1 code within the country ("GZ", "DC", "CA").</summary>
    public string? Admin1Code { get; init; }

    /// <summary>Name of the first-level region ("Gaza Strip", "District of Columbia").</summary>
    public string? Admin1 { get; init; }

    /// <summary>Latitude in degrees (countries: their customary centre; regions: the middle of the box around their cities).</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>Population (for regions: the sum of their cities of 15,000 or more; 0 when unknown).</summary>
    public long? Population { get; init; }

    /// <summary>Which source recognised the span: <c>ner</c> (a LOC entity) or <c>gazetteer</c> (a capitalised name run).</summary>
    public required string Source { get; init; }

    /// <summary>The rules that chose the entry, e.g. <c>population+kind:city+context:country</c>, or <c>unresolved</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The winning candidate's score.</summary>
    public double Score { get; init; }

    /// <summary>How many gazetteer entries the name matched.</summary>
    public int Candidates { get; init; }

    /// <summary>The gazetteer does not hold the place named ("Kanawha County", a village): the entry is the region or
    /// country that holds it (after "X, ", or where the article's other places are), and <see cref="Rule"/> starts with
    /// <c>approximate:</c>. The id, name and point are that holder's, never the named place's.</summary>
    public bool Approximate { get; init; }
}
