using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>A payload's facts with the schema they were read by, so findings can be mapped back to source.</summary>
internal sealed class AnalyzedPayload(PayloadFacts facts, PayloadSchema schema)
{
    public PayloadFacts Facts { get; } = facts;

    public PayloadSchema Schema { get; } = schema;
}
