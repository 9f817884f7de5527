namespace ProfileAsCode.Rules;

/// <summary>Which caller the engine serves; decides how a known value may be described.</summary>
internal enum RuleCaller
{
    /// <summary>The analyzer: a known value is a compile-time constant, i.e. a literal in source.</summary>
    Editor,

    /// <summary>The build host: values are the real values of the built records (maybe read from the environment).</summary>
    Build,
}

/// <summary>
/// Options of one engine run. The analyzer passes <see cref="Editor"/> (or <see cref="ForEditor"/> with the
/// project's Jamf Connect version), the build host <see cref="Build"/> / <see cref="ForBuild"/>.
/// </summary>
internal sealed class RuleContext
{
    public static readonly RuleContext Editor = new(RuleCaller.Editor);

    public static readonly RuleContext Build = new(RuleCaller.Build);

    public RuleContext(RuleCaller caller, Version? jamfConnectVersion = null)
    {
        Caller = caller;
        JamfConnectVersion = jamfConnectVersion;
    }

    public RuleCaller Caller { get; }

    /// <summary>The Jamf Connect version the project's Macs run (MSBuild <c>ProfileAsCodeJamfConnectVersion</c>); null when it does not say.</summary>
    public Version? JamfConnectVersion { get; }

    /// <summary>True when a known value was written as a literal in source (only the editor knows that).</summary>
    public bool KnownValuesAreLiterals => Caller == RuleCaller.Editor;

    public static RuleContext ForEditor(Version? jamfConnectVersion) => jamfConnectVersion is null ? Editor : new RuleContext(RuleCaller.Editor, jamfConnectVersion);

    public static RuleContext ForBuild(Version? jamfConnectVersion) => jamfConnectVersion is null ? Build : new RuleContext(RuleCaller.Build, jamfConnectVersion);
}
