using ProfileAsCode.CodeFixes;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PayloadInitializerAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// Every certain fix, applied once and by Fix All (the test framework runs Fix All in document,
/// project and solution scope for each test and compares with the same fixed code).
/// </summary>
public sealed class CodeFixTests
{
    private const string Client = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    private const string Tenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";

    // A client ID unless the members set their own: Entra needs one (PAC2001).
    private static string Login(string members) => $$"""
        using TestPayloads;

        static class Build
        {
            static Login Create() => new()
            {
                OidcProvider = Provider.EntraId,
        {{(members.Contains("OidcClientId", StringComparison.Ordinal) ? "" : "        OidcClientId = \"" + Client + "\",\n")}}{{members}}
            };
        }
        """;

    [Fact]
    public async Task ScopeSeparators_NormalizedToPlus()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login("""        OidcScopes = {|PAC1020:"openid email,profile"|},"""),
            Login("""        OidcScopes = "openid+email+profile","""));
    }

    [Fact]
    public async Task OktaIdentityEngineScopes_NormalizedToSpaces()
    {
        const string Before = """
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.OktaIdentityEngine, OidcScopes = {|PAC1028:"openid+profile+groups"|} };
            }
            """;
        const string After = """
            using TestPayloads;

            static class Build
            {
                static Login Create() => new() { OidcProvider = Provider.OktaIdentityEngine, OidcScopes = "openid profile groups" };
            }
            """;
        await Verify.FixAsync<ReplaceValueFixer>(Before, After);
    }

    [Fact]
    public async Task DuplicateScope_Removed()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login("""        OidcScopes = {|PAC1025:"openid+email+profile+email"|},"""),
            Login("""        OidcScopes = "openid+email+profile","""));
    }

    [Fact]
    public async Task MissingOpenId_Added()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login("""        OidcScopes = {|PAC1024:"email+profile"|},"""),
            Login("""        OidcScopes = "openid+email+profile","""));
    }

    [Fact]
    public async Task GuidInBraces_Stripped()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login($$"""        OidcTenant = {|PAC1001:" {{{Tenant}}} "|},"""),
            Login($$"""        OidcTenant = "{{Tenant}}","""));
    }

    [Fact]
    public async Task GuidInBracesInANestedRecord_Stripped()
    {
        const string Before = $$"""
            using TestPayloads;

            static class Build
            {
                static MenuBar Create() => new()
                {
                    IdPSettings = new() { Provider = Provider.EntraId, RopgId = "{{Client}}", TenantId = {|PAC1001:"{{{Tenant}}}"|} },
                };
            }
            """;
        const string After = $$"""
            using TestPayloads;

            static class Build
            {
                static MenuBar Create() => new()
                {
                    IdPSettings = new() { Provider = Provider.EntraId, RopgId = "{{Client}}", TenantId = "{{Tenant}}" },
                };
            }
            """;
        await Verify.FixAsync<ReplaceValueFixer>(Before, After);
    }

    [Fact]
    public async Task RopgClientId_MadeEqualToTheOidcClientId()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login($$"""
                        OidcClientId = "{{Client}}",
                        OidcRopgId = {|PAC1011:"5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"|},
                """),
            Login($$"""
                        OidcClientId = "{{Client}}",
                        OidcRopgId = "{{Client}}",
                """));
    }

    [Fact]
    public async Task AdminAttributeWrong_SetToRoles()
    {
        await Verify.FixAsync<ReplaceValueFixer>(
            Login("""
                        OidcAdminAttribute = {|PAC2004:"group"|},
                        OidcAdmin = ["admin"],
                """),
            Login("""
                        OidcAdminAttribute = "roles",
                        OidcAdmin = ["admin"],
                """));
    }

    [Fact]
    public async Task AdminAttributeMissing_AddedAsRoles()
    {
        await Verify.FixAsync<SetKeyFixer>(
            Login("""        OidcAdmin = {|PAC2004:["admin"]|},"""),
            Login("""
                        OidcAdmin = ["admin"],
                        OidcAdminAttribute = "roles"
                """));
    }

    [Fact]
    public async Task SwappedAdminKeys_Swapped()
    {
        await Verify.FixAsync<SwapValuesFixer>(
            Login("""
                        OidcAdminAttribute = "admin",
                        OidcAdmin = {|PAC2004:["roles"]|},
                """),
            Login("""
                        OidcAdminAttribute = "roles",
                        OidcAdmin = ["admin"],
                """));
    }

    [Fact]
    public async Task FixAll_FixesEveryOccurrenceOfTheRuleInTheDocument()
    {
        const string Before = """
            using TestPayloads;

            static class Build
            {
                static Login First() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = {|PAC1001:"{9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b}"|} };

                static Login Second() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", RopgTenant = {|PAC1001:"{0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d}"|} };
            }
            """;
        const string After = """
            using TestPayloads;

            static class Build
            {
                static Login First() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", OidcTenant = "9f1c2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b" };

                static Login Second() => new() { OidcProvider = Provider.EntraId, OidcClientId = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", RopgTenant = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d" };
            }
            """;
        await Verify.FixAsync<ReplaceValueFixer>(Before, After);
    }
}
