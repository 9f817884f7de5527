namespace ProfileAsCode.Cli.Diffing;

/// <summary>What devices will do with a payload when the new profile replaces the old one.</summary>
internal enum PayloadOutcome
{
    Unchanged,

    /// <summary>Same PayloadIdentifier and PayloadUUID: the payload is updated in place.</summary>
    InPlaceUpdate,

    /// <summary>The identifier or UUID changed: devices remove the old payload and install the new one.</summary>
    RemoveAndReinstall,
    Added,
    Removed,
}

internal sealed record PayloadChange(
    string Domain,
    PayloadOutcome Outcome,
    Profiles.PayloadDocument? Old,
    Profiles.PayloadDocument? New,
    IReadOnlyList<KeyChange> Keys,
    string? Reason = null);

internal sealed record ProfileDiffResult(IReadOnlyList<KeyChange> TopLevel, IReadOnlyList<PayloadChange> Payloads)
{
    public bool HasDifferences => TopLevel.Count > 0 || Payloads.Any(p => p.Outcome != PayloadOutcome.Unchanged);
}
