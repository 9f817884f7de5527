extern alias library;

using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Rules = library::ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// The editor and the build say the same words: the analyzer's message for a literal equals what the
/// library's rule engine (the build host's copy) returns for the same value, given facts built by hand.
/// </summary>
public sealed class MessageParityTests
{
    [Theory]
    [InlineData("OIDCTenant", "OidcTenant", "common")]
    [InlineData("OIDCTenant", "OidcTenant", "contoso.onmicrosoft.com")]
    [InlineData("ROPGTenant", "RopgTenant", "{9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b}")]
    [InlineData("OIDCClientID", "OidcClientId", "not-a-client")]
    [InlineData("ROPGScopes", "RopgScopes", "openid,email")]
    public async Task AnalyzerMessage_EqualsRuleEngineMessage(string key, string property, string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        var source = $$"""
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.EntraId, {{property}} = {{literal}} };
            }
            """;
        var analyzerMessages = (await AnalyzeAsync(source))
            .Select(diagnostic => (diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture)))
            .Order()
            .ToList();

        var payload = new Rules.PayloadFacts(
            "com.jamf.connect.login",
            [
                new Rules.KeyFact("OIDCProvider", Rules.FactValue.Of("EntraID")),
                new Rules.KeyFact(key, Rules.FactValue.Of(value), [RuleFor(key)]),
            ]);
        var engineMessages = Rules.RuleEngine.CheckPayload(payload, Rules.RuleContext.Editor)
            .Select(finding => (finding.Rule.Id, finding.Message))
            .Order()
            .ToList();

        Assert.NotEmpty(engineMessages);
        Assert.Equal(engineMessages, analyzerMessages);
    }

    // The rules the test records' attributes give (TestPayloads.Source).
    private static Rules.ValueRule RuleFor(string key) => key switch
    {
        "OIDCTenant" or "ROPGTenant" => new Rules.ValueRule(Rules.ValueRuleKind.EntraTenantId, "OIDCProvider"),
        "OIDCClientID" => new Rules.ValueRule(Rules.ValueRuleKind.EntraClientId, "OIDCProvider"),
        "ROPGScopes" => new Rules.ValueRule(Rules.ValueRuleKind.ScopeList, "OIDCProvider", ScopeUsage.PasswordGrant),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = TestCompilation.Create(source, TestPayloads.Source);
        return (await compilation.WithAnalyzers([new PayloadInitializerAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
    }
}
