using ProfileAsCode.CodeFixes;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PayloadInitializerAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>[AdditionalKeys] written in place: the library's records, raw keys read entry by entry (PAC2006, PAC2007, value rules).</summary>
public sealed class AdditionalKeysTests
{
    private static string Login(string entries) => $$"""
        using System.Collections.Generic;
        using ProfileAsCode.JamfConnect;

        static class Build
        {
            static JamfConnectLogin Create() => new()
            {
                OidcProvider = IdentityProvider.Okta,
                AuthServer = "contoso.okta.com",
                AdditionalKeys = new Dictionary<string, object?>
                {
        {{entries}}
                },
            };
        }
        """;

    [Fact]
    public async Task MisspelledKey_ReportedOnTheKeyLiteral()
    {
        await Verify.AnalyzeAsync(Login("""            [{|PAC2006:"OIDCRedirectUrl"|}] = "https://127.0.0.1/jamfconnect","""));
    }

    [Fact]
    public async Task MisspelledKey_RenamedByTheFix()
    {
        await Verify.FixAsync<RenameKeyFixer>(
            Login("""            [{|PAC2006:"OIDCRedirectUrl"|}] = "https://127.0.0.1/jamfconnect","""),
            Login("""            ["OIDCRedirectURI"] = "https://127.0.0.1/jamfconnect","""));
    }

    [Fact]
    public async Task WrongType_ReportedOnTheValue()
    {
        await Verify.AnalyzeAsync(Login("""            ["OIDCIgnoreCookies"] = {|PAC2007:"true"|},"""));
    }

    [Fact]
    public async Task MenuBarKeyInTheLoginWindow_ReportedWithoutARename()
    {
        await Verify.AnalyzeAsync(Login("""            [{|PAC2006:"SignIn"|}] = new Dictionary<string, object?> { ["AutoAuthenticate"] = true },"""));
    }

    [Fact]
    public async Task CollectionInitializerEntries_AreReadToo()
    {
        await Verify.AnalyzeAsync(Login("""            { {|PAC2006:"OIDCRedirectUrl"|}, "https://127.0.0.1/jamfconnect" },"""));
    }

    [Fact]
    public async Task KnownRawKey_GetsItsValueRules()
    {
        await Verify.AnalyzeAsync("""
            using System.Collections.Generic;
            using ProfileAsCode.JamfConnect;

            static class Build
            {
                static JamfConnectLogin Create() => new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                    AdditionalKeys = new Dictionary<string, object?> { ["OIDCTenant"] = {|PAC1003:"common"|} },
                };
            }
            """);
    }

    [Fact]
    public async Task NestedMenuBarKeys_AreCheckedAlongTheirPath()
    {
        await Verify.AnalyzeAsync("""
            using System.Collections.Generic;
            using ProfileAsCode.JamfConnect;

            static class Build
            {
                static JamfConnectMenuBar Create() => new()
                {
                    AdditionalKeys = new Dictionary<string, object?>
                    {
                        ["TemporaryUserPermissions"] = new Dictionary<string, object?>
                        {
                            ["TemporaryUserPromotion"] = true,
                            ["UserPromotionDuration"] = {|PAC2007:"10"|},
                            [{|PAC2006:"UserPromotionTimmer"|}] = true,
                        },
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task DictionaryBuiltElsewhere_IsNotGuessedAt()
    {
        await Verify.AnalyzeAsync("""
            using System.Collections.Generic;
            using ProfileAsCode.JamfConnect;

            static class Build
            {
                static JamfConnectLogin Create(IReadOnlyDictionary<string, object?> extra) => new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    AdditionalKeys = extra,
                };
            }
            """);
    }
}
