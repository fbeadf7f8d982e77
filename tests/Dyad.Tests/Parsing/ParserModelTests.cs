using Dyad.Documents.Parsing;

namespace Dyad.Tests.Parsing;

public class ParserModelTests
{
    private static ParserModel Small() =>
        new(["nsubj", "obj", "punct"], [true, false, true], [false, true, true], [0], [1], moveBits: 6, labelBits: 5);

    [Fact]
    public void ParserModel_KeepsLabelRowsWholeCacheLinesAndTablesOfTheModelsShape()
    {
        var model = Small();
        Assert.Equal(0, model.LabelStride * sizeof(float) % 64);
        Assert.True(model.LabelStride >= 3);
        Assert.Equal((1 << 6) * ParserModel.MoveStride, model.MoveWeights.Length);
        Assert.Equal((1 << 5) * model.LabelStride, model.LabelWeights.Length);
    }

    [Fact]
    public void ParserModel_ScoresMovesFromTheRowsOfItsFeatures()
    {
        var model = Small();
        ulong feature = 0xABCDEF0123456789UL;
        int row = model.MoveRowOf(feature);
        model.MoveWeights[row + ParserModel.ShiftClass] = 1.5f;
        model.MoveWeights[row + ParserModel.LeftOtherClass] = -0.25f;
        var scores = new float[ParserModel.MoveStride];
        model.ScoreMoves([feature, feature], scores);
        Assert.Equal(3f, scores[ParserModel.ShiftClass]);
        Assert.Equal(-0.5f, scores[ParserModel.LeftOtherClass]);
    }

    [Fact]
    public void ParserModel_UsesTheCallersArraysAsTheyAre()
    {
        var moves = new float[(1 << 6) * ParserModel.MoveStride];
        var shape = Small();
        var labels = new float[shape.LabelWeights.Length];
        var model = new ParserModel(["nsubj", "obj", "punct"], [true, false, true], [false, true, true], [0], [1], 6, 5, moves, labels);
        moves[17] = 2f;
        Assert.Equal(2f, model.MoveWeights[17]);
    }
}
