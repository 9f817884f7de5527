namespace ProfileAsCode.Analyzers.Reporting;

/// <summary>
/// Diagnostic properties the analyzer adds to the engine's <see cref="ProfileAsCode.Rules.FindingProperties"/>,
/// so a code fix finds the literals to change without any rule logic of its own.
/// </summary>
public static class FixProperties
{
    /// <summary>Index into <c>Diagnostic.AdditionalLocations</c> of the literal of <c>FindingProperties.Key</c>, when it has one.</summary>
    public const string KeyLocation = "KeyLocation";

    /// <summary>Index into <c>Diagnostic.AdditionalLocations</c> of the literal of <c>FindingProperties.OtherKey</c>.</summary>
    public const string OtherKeyLocation = "OtherKeyLocation";

    /// <summary>The C# property a key path is written from (top-level keys only), for fixes that add an assignment.</summary>
    public const string KeyMember = "KeyMember";
}
