using ProfileAsCode.JamfConnect;
using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>
/// The rules' defaults for raw Jamf Connect keys (DefaultValueRules) and the value-rule attributes of the
/// records state the same knowledge twice (the rules cannot see the records); they must agree key for key.
/// </summary>
public class DefaultValueRulesTests
{
    public static TheoryData<Type, string, string> Records => new()
    {
        { typeof(JamfConnectLogin), "com.jamf.connect.login", "" },
        { typeof(MenuBarIdPSettings), "com.jamf.connect", "IdPSettings." },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void EveryKey_HasTheSameRules_AsARawKey_AndAsARecordProperty(Type record, string domain, string prefix)
    {
        foreach (var member in ShapeCatalog.Model.Layout(record).Keys)
        {
            if (!member.HasPayloadKey)
            {
                continue;
            }

            var path = prefix + member.Key;
            var raw = new KeyFact(path, FactValue.Of("x"));
            var defaults = DefaultValueRules.For(new PayloadFacts(domain, [raw]), raw);

            Assert.True(
                Describe(member.Rules) == Describe(defaults),
                $"{member.DeclaredBy} ({path}): attributes say [{Describe(member.Rules)}], DefaultValueRules says [{Describe(defaults)}]");
        }
    }

    private static string Describe(IReadOnlyList<ValueRule> rules) => string.Join("; ", rules
        .Select(r => $"{r.Kind} provider={r.ProviderKey} usage={r.Usage} separator={r.Separator} schemes={string.Join(",", r.Schemes)}")
        .Order(StringComparer.Ordinal));
}
