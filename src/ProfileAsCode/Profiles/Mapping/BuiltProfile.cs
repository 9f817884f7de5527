using ProfileAsCode.Rules;

namespace ProfileAsCode.Profiles.Mapping;

/// <summary>
/// A profile record evaluated: the attribute (with its source location), the profile value and the
/// facts the rule engine checks. <see cref="Findings"/> holds the shape errors of the records
/// (PAC3004, PAC3005, PAC3001 for a malformed pinned UUID); while it has any, <see cref="Profile"/>
/// lacks the offending keys and must not be written.
/// </summary>
internal sealed class BuiltProfile
{
    public BuiltProfile(ConfigurationProfileAttribute attribute, ConfigurationProfile profile, ProfileFacts facts, IReadOnlyList<Finding> findings)
    {
        Attribute = attribute;
        Profile = profile;
        Facts = facts;
        Findings = findings;
    }

    public ConfigurationProfileAttribute Attribute { get; }

    public ConfigurationProfile Profile { get; }

    public ProfileFacts Facts { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public bool HasErrors => Findings.Any(f => f.Severity == RuleSeverity.Error);
}
