using DocumentedSetups;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>
/// The build host's path over Jamf's documented setups (tests/Shared/DocumentedSetups): the records are built,
/// their facts checked with the build context; each is clean, and each mutation gives exactly its findings.
/// The analyzer's path over the same sources: ProfileAsCode.Analyzers.Tests.DocumentedSetupsTests.
/// </summary>
public sealed class DocumentedSetupsTests
{
    public static TheoryData<string> Setups => new(DocumentedSetupCatalog.Setups);

    public static TheoryData<Mutation> Mutations => new(DocumentedSetupCatalog.Mutations);

    [Theory]
    [MemberData(nameof(Setups))]
    public void DocumentedSetupHasNoFinding(string setup)
    {
        var findings = RuleEngine.CheckProject([Build(setup)], RuleContext.Build);

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void MutatedSetupHasExactlyTheExpectedFindings(Mutation mutation)
    {
        var facts = Build(mutation.Setup);
        var payloads = facts.Payloads.Select(payload => payload.Domain == mutation.Domain ? Mutate(payload, mutation) : payload).ToList();

        var findings = RuleEngine.CheckProject([new ProfileFacts(facts.Identifier, payloads, facts.Origin)], RuleContext.Build);

        Assert.Equal(mutation.Expected, findings.Select(f => f.Rule.Id));
        Assert.All(findings, f => Assert.Equal(mutation.KeyPath, f.KeyPath));
    }

    [Fact]
    public void EverySetupHasAMutation()
    {
        Assert.Equal(DocumentedSetupCatalog.Setups.Order(), DocumentedSetupCatalog.Mutations.Select(m => m.Setup).Distinct().Order());
    }

    private static ProfileFacts Build(string setup) =>
        ProfileBuilder.Build(typeof(DocumentedSetupCatalog).Assembly.GetType("DocumentedSetups." + setup, throwOnError: true)!).Facts;

    private static PayloadFacts Mutate(PayloadFacts payload, Mutation mutation)
    {
        var original = Assert.Single(payload.Keys, k => k.KeyPath == mutation.KeyPath);
        Assert.Equal(mutation.From, original.Value.AsString);
        var keys = payload.Keys
            .Where(k => k != original || mutation.To is not null)
            .Select(k => k == original ? new KeyFact(k.KeyPath, FactValue.Of(mutation.To!), k.Rules, k.Origin) : k)
            .ToList();
        return new PayloadFacts(payload.Domain, keys, payload.Identifier, payload.Origin);
    }
}
