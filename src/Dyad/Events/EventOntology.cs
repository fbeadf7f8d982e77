using Dyad.Ontology;

namespace Dyad.Events;

/// <summary>What a coded event's CAMEO code stands for: its ontology entry, root and PLOVER reading. One place for the
/// JSON output and the store, so both say the same.</summary>
/// <param name="Code">The CAMEO entry (name, Goldstein value, quad class).</param>
/// <param name="Root">The entry of its two-digit root.</param>
/// <param name="Plover">The PLOVER type and mode, or null (PLOVER drops 01x and 02x).</param>
public sealed record EventOntology(CameoCode Code, CameoCode Root, PloverMapping? Plover)
{
    /// <summary>Looks up a coded event's code; a code the ontology lacks is a coder bug and throws.</summary>
    public static EventOntology Of(CodedEvent e)
    {
        var code = Cameo.Find(e.Cameo) ?? throw new InvalidOperationException($"event coded with '{e.Cameo}', which the CAMEO ontology lacks");
        var root = Cameo.Find(code.Root)!;
        // PLOVER maps three- and four-digit codes; a four-digit code it does not list reads as its parent's type.
        var plover = Ontology.Plover.ForCameo(code.Code) ?? (code.Parent is { Length: 3 } parent ? Ontology.Plover.ForCameo(parent) : null);
        return new EventOntology(code, root, plover);
    }
}
