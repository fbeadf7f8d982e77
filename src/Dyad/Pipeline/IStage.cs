using Dyad.Documents;

namespace Dyad.Pipeline;

/// <summary>Annotation layers a stage can read or write; the pipeline checks that each read layer is written earlier.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>The article's clean text and metadata (always present).</summary>
    Text = 1,
    /// <summary>Tokens with offsets.</summary>
    Tokens = 2,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 4,
    /// <summary>UPOS and XPOS tags.</summary>
    Tags = 8,
    /// <summary>Lemmas.</summary>
    Lemmas = 16,
    /// <summary>Dependency heads and relations.</summary>
    Parse = 32,
    /// <summary>Named-entity mentions.</summary>
    Entities = 64,
    /// <summary>Actor mentions resolved to codes (<see cref="Document.Actors"/>).</summary>
    Actors = 128,
    /// <summary>Resolved date expressions (<see cref="Document.Dates"/>).</summary>
    Dates = 256,
    /// <summary>Coded events.</summary>
    Events = 512,
    /// <summary>Quotes with speakers.</summary>
    Quotes = 1024,
    /// <summary>Places resolved to the gazetteer.</summary>
    Places = 2048,
    /// <summary>Tone measures.</summary>
    Tone = 4096,
}

/// <summary>
/// A pipeline stage: reads some layers of a document and writes others. A stage records failures on
/// <see cref="Document.Problems"/> rather than throwing; the pipeline catches what escapes and reports it as DY200.
/// </summary>
public interface IStage
{
    /// <summary>Short name used in logs, errors and model metadata.</summary>
    string Name { get; }

    /// <summary>Layers the stage needs.</summary>
    Layers Reads { get; }

    /// <summary>Layers the stage makes.</summary>
    Layers Writes { get; }

    /// <summary>Annotates the document in place.</summary>
    void Process(Document document);
}
