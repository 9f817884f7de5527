using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>A payload's facts with the schema they were read by, so findings can be mapped back to source.</summary>
internal sealed class AnalyzedPayload
{
    public AnalyzedPayload(PayloadFacts facts, PayloadSchema schema)
    {
        Facts = facts;
        Schema = schema;
    }

    public PayloadFacts Facts { get; }

    public PayloadSchema Schema { get; }
}
