using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Entities;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;

namespace Dyad.Tests.Entities;

/// <summary>The recogniser's word-class and document-level pieces: features, tables and the agreement pass.</summary>
public class DocumentLevelEntityTests
{
    private static Document Segmented(string text)
    {
        var doc = new Document(new Article { Text = text });
        Segmenter.Default.Process(doc);
        return doc;
    }

    [Fact]
    public void DocumentEvidence_AppendsEachTokensFeaturesAfterItsOwnInPlace()
    {
        var evidence = new DocumentEvidence();
        ulong kerry = StringHash.OfNorm("kerry"), said = StringHash.OfNorm("said"), paris = StringHash.OfNorm("paris");
        // An earlier sentence: "Kerry" was a person (U-PERSON = class 4), "said" O, "Paris" a place (U-LOC = 12).
        evidence.Record([kerry, said, paris], [1, 2, 1], [4, 0, 12]);
        Assert.Equal((1 << 1) | (4 << DocumentEvidence.LastShift), evidence.Lookup(kerry));
        Assert.Equal(1 | (0 << DocumentEvidence.LastShift), evidence.Lookup(said));
        Assert.Equal(0, evidence.Lookup(StringHash.OfNorm("london")));

        // A later sentence "Kerry said in london": buckets 10.., 20.., 30.., 40.. with 2, 1, 3, 1 static features.
        int[] buckets = new int[32];
        int[] offsets = [0, 2, 3, 6, 7];
        int[] stat = [10, 11, 20, 30, 31, 32, 40];
        stat.CopyTo(buckets, 0);
        ulong[] norms = [kerry, said, StringHash.OfNorm("in"), StringHash.OfNorm("london")];
        byte[] caps = [1, 2, 2, 2];
        evidence.Append(buckets, offsets, norms, caps, 4, 20, new int[4]);
        // "Kerry" (capitalised, seen as a person) gets both evidence features; "said" (lower case, only ever O) and the
        // unseen lower-case words get none.
        Assert.Equal([0, 4, 5, 8, 9], offsets);
        Assert.Equal([10, 11], buckets[0..2]);
        Assert.Equal([20], buckets[4..5]);
        Assert.Equal([30, 31, 32], buckets[5..8]);
        Assert.Equal([40], buckets[8..9]);
        Assert.NotEqual(buckets[2], buckets[3]);
    }

    [Fact]
    public void DocumentConsistency_LabelsALoneWordTheDocumentLabelsElsewhere()
    {
        var doc = Segmented("Schulman wrote to Tampa officials. Later Schulman met Acme in Tampa. Schulman and Acme Works left. Tampa Bay won.");
        var person = Labels.Entity.Intern("PERSON");
        var org = Labels.Entity.Intern("ORG");
        var loc = Labels.Entity.Intern("LOC");
        var at = new Dictionary<string, List<int>>();
        for (int i = 0; i < doc.TokenCount; i++)
        {
            string w = doc.Text[doc.Tokens[i].Start..doc.Tokens[i].End];
            if (!at.TryGetValue(w, out var list)) at[w] = list = [];
            list.Add(i);
        }
        doc.Entities.Add(new EntitySpan(at["Schulman"][0], 1, person));
        doc.Entities.Add(new EntitySpan(at["Tampa"][0], 1, loc));
        doc.Entities.Add(new EntitySpan(at["Acme"][0], 1, org));
        doc.Entities.Add(new EntitySpan(at["Tampa"][1], 1, org));
        doc.Entities.Add(new EntitySpan(at["Tampa"][2], 1, loc));
        new DocumentConsistency().Apply(doc, [person, org, loc]);
        // The missed "Schulman"s become persons, at the start of a sentence too; "Acme" in "Acme Works" and "Tampa" in
        // "Tampa Bay" stand in longer capitalised runs and stay as they were; labelled mentions keep their own types.
        Assert.Contains(new EntitySpan(at["Schulman"][1], 1, person), doc.Entities);
        Assert.Contains(new EntitySpan(at["Schulman"][2], 1, person), doc.Entities);
        Assert.Contains(new EntitySpan(at["Tampa"][1], 1, org), doc.Entities);
        Assert.Equal(7, doc.Entities.Count);
        Assert.True(doc.Entities.Select(e => e.FirstToken).SequenceEqual(doc.Entities.Select(e => e.FirstToken).Order()));
    }

    [Fact]
    public void WordClasses_AddFeaturesAndTheModelRecordsTheTablesFingerprint()
    {
        var clusters = WordClusters.Default;
        Assert.NotNull(clusters);
        var doc = Segmented("Officials in Kabul said the talks had failed.");
        // The shipped model has word classes; "plain" is its weights without them.
        var shipped = EntityRecognizer.Default;
        Assert.Same(clusters, shipped.Clusters);
        var plain = new EntityRecognizer(["PERSON", "ORG", "LOC"], shipped.HashBits, shipped.Weights, shipped.Gazetteer,
            (System.Text.Json.Nodes.JsonObject)shipped.Metadata.DeepClone());
        int Features(WordClusters? c)
        {
            var ws = new EntityRecognizer.Workspace();
            ws.Ensure(doc.TokenCount);
            EntityRecognizer.Prepare(doc, 0, doc.TokenCount, plain.Gazetteer, plain.HashBits, ws, false, c);
            return ws.Offsets[doc.TokenCount];
        }
        Assert.Equal(Features(null) + 12 * doc.TokenCount, Features(clusters));

        var metadata = (System.Text.Json.Nodes.JsonObject)plain.Metadata.DeepClone();
        var model = new EntityRecognizer(["PERSON", "ORG", "LOC"], plain.HashBits, plain.Weights, plain.Gazetteer, metadata, clusters: clusters);
        var path = Path.Combine(Path.GetTempPath(), $"ner-classes-{Guid.NewGuid():N}.dyad");
        try
        {
            model.Save(path);
            var loaded = EntityRecognizer.Load(path);
            Assert.Same(clusters, loaded.Clusters);
            Assert.Equal(clusters!.Fingerprint, loaded.Metadata[Tagger.ClustersKey]!.GetValue<string>());
            Assert.Null(plain.Clusters);
        }
        finally { File.Delete(path); }
    }
}
