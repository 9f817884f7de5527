using System.Text;
using ProfileAsCode.Rules.Tenant;
using ProfileAsCode.Rules.Tenant.Exports;
using ProfileAsCode.Rules.Tenant.Model;
using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class TenantExportReaderTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void EveryShapeReadsTheSameModel(Shape shape)
    {
        var model = new TenantScenario().Model(shape);

        var endpoint = model.ApplicationByAppId(OidcAppGuid)!;
        Assert.Equal("Jamf Connect - OIDC Endpoint", endpoint.DisplayName);
        Assert.True(endpoint.IsFallbackPublicClient);
        Assert.Equal(new[] { "https://127.0.0.1/jamfconnect" }, endpoint.PublicClientRedirectUris);
        Assert.Equal(new[] { "admin", "standard" }, endpoint.AppRoles!.Select(r => r.Value));
        Assert.Equal(2, endpoint.RequiredResourceAccess!.Count);
        var api = model.ApplicationByResource("api://" + ApiAppGuid)!;
        Assert.Equal("jamfconnect", Assert.Single(api.Scopes!).Value);
        Assert.Equal(3, model.ServicePrincipals.Count);
        Assert.Equal(2, model.PermissionGrants.Count);
        Assert.Equal("enabled", Assert.Single(model.Policies).State);
        Assert.Equal(TenantGuid, model.Tenants[0].TenantId);
        Assert.All(Enum.GetValues<TenantObjectKind>().Where(k => k != TenantObjectKind.SignIn), kind => Assert.True(model.HasExported(kind), kind.ToString()));
    }

    [Fact]
    public void KindsComeFromTheContentNotTheFileName()
    {
        var mixed = ExportShapes.BareArray(new[] { TenantScenario.Fixture("objects/policy-mfa.json"), TenantScenario.Fixture("objects/application-api.json"), TenantScenario.Fixture("objects/grant-api.json") });

        var result = TenantExportReader.Read(new[] { new ExportFile("servicePrincipals.json", mixed) });

        Assert.Empty(result.Problems);
        Assert.Single(result.Model.Policies);
        Assert.Single(result.Model.Applications);
        Assert.Single(result.Model.PermissionGrants);
        Assert.Empty(result.Model.ServicePrincipals);
    }

    [Fact]
    public void PagesInSeveralFilesAndPagesJoinedInAnArrayAreRead()
    {
        var page1 = ExportShapes.GraphPage("applications", new[] { TenantScenario.Fixture("objects/application-api.json") }, "https://graph.microsoft.com/v1.0/applications?$skiptoken=X");
        var page2 = ExportShapes.GraphPage("applications", new[] { TenantScenario.Fixture("objects/application-endpoint.json") });

        var separate = TenantExportReader.Read(new[] { new ExportFile("p1.json", page1), new ExportFile("p2.json", page2) });
        var joined = TenantExportReader.Read(new[] { new ExportFile("all.json", "[" + page1 + "," + page2 + "]") });

        Assert.All(new[] { separate, joined }, result =>
        {
            Assert.Empty(result.Problems);
            Assert.Empty(result.Notices);
            Assert.Equal(2, result.Model.Applications.Count);
        });
    }

    [Fact]
    public void OnlyFirstPagesSayLaterPagesAreMissing()
    {
        var page1 = ExportShapes.GraphPage("servicePrincipals", new[] { TenantScenario.Fixture("objects/sp-api.json") }, "https://graph.microsoft.com/v1.0/servicePrincipals?$skiptoken=X");

        var result = TenantExportReader.Read(new[] { new ExportFile("sp.json", page1) });

        Assert.Empty(result.Problems);
        Assert.Contains("@odata.nextLink", Assert.Single(result.Notices));
    }

    [Fact]
    public void AnEmptyListingStillCountsAsExported()
    {
        var result = TenantExportReader.Read(new[] { new ExportFile("grants.json", ExportShapes.GraphPage("oauth2PermissionGrants", Array.Empty<string>())) });

        Assert.True(result.Model.HasExported(TenantObjectKind.PermissionGrant));
        Assert.Empty(result.Model.PermissionGrants);
        Assert.Contains("holds no objects", Assert.Single(result.Notices));
    }

    [Theory]
    [InlineData("identity/conditionalAccess/policies")] // what Graph answers
    [InlineData("conditionalAccess/policies")] // what the List policies page of Microsoft Graph shows
    public void AnEmptyPolicyListingCountsAsExported_InEitherContext(string entitySet)
    {
        var result = TenantExportReader.Read(new[] { new ExportFile("policies.json", ExportShapes.GraphPage(entitySet, Array.Empty<string>())) });

        Assert.True(result.Model.HasExported(TenantObjectKind.ConditionalAccessPolicy));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void AnObjectExportedTwiceCountsOnce()
    {
        var api = TenantScenario.Fixture("objects/application-api.json");

        var result = TenantExportReader.Read(new[] { new ExportFile("a.json", ExportShapes.BareArray(new[] { api })), new ExportFile("b.json", ExportShapes.Single("applications", api)) });

        Assert.Single(result.Model.Applications);
    }

    [Fact]
    public void GraphPowerShellObjectsAreRead()
    {
        var scenario = new TenantScenario().NotExporting("applications");
        var files = scenario.Files(Shape.GraphPage).Append(new ExportFile("apps.json", TenantScenario.Fixture("powershell/applications.ps.json")));

        var result = TenantExportReader.Read(files);

        Assert.Empty(result.Problems);
        var api = result.Model.ApplicationByAppId(ApiAppGuid)!; // PowerShell wrote the appId in upper case
        Assert.Equal(ApiAppGuid, api.AppId);
        Assert.Equal("jamfconnect", Assert.Single(api.Scopes!).Value);
        TenantAssert.Agrees(TenantChecks.Check(EntraRopgScenario(), result.Model));
    }

    [Fact]
    public void UTF16ExportsOfWindowsPowerShellAreRead()
    {
        var text = TenantScenario.Fixture("powershell/applications.ps.json");
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = TenantExportReader.Read(new[] { new ExportFile("apps.json", bytes) });

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Model.Applications.Count);
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "{\"value\": [1, 2", "not readable as JSON (line 1, column 16" },
        { "\"just a string\"", "holds a single string" },
        { "[{\"name\": \"x\"}]", "[0] is none of the objects we read" },
        { "[{\"objectId\": \"1\", \"objectType\": \"Application\", \"appId\": \"2\"}]", "retired Azure AD Graph format" },
        { "[" + TenantScenario.Fixture("objects/signin-ropg.json") + "]", "sign-in records" },
        { TenantScenario.Fixture("powershell/applications-truncated.ps.json"), "cut off by PowerShell's ConvertTo-Json" },
        { "[1, 2]", "2 array items are not objects" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void AFileWeCannotReadIsOneLineNamingIt(string json, string expected)
    {
        var result = TenantExportReader.Read(new[] { new ExportFile("entra/export.json", json) });

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("entra/export.json: ", problem);
        Assert.Contains(expected, problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void ProblemsShowNoInputRaw()
    {
        var result = TenantExportReader.Read(new[] { new ExportFile("x.json", "{\"\u001b[2J\": tru\u202Ee}") });

        var problem = Assert.Single(result.Problems);
        Assert.DoesNotContain('\u001b', problem);
        Assert.DoesNotContain('\u202E', problem);
    }

    [Fact]
    public void DisplayNamesFromExportsAreShownEscaped()
    {
        var scenario = new TenantScenario().Edit("application-endpoint", "\"isFallbackPublicClient\": true", "\"isFallbackPublicClient\": false")
            .Edit("application-endpoint", "\"displayName\": \"Jamf Connect - OIDC Endpoint\"", "\"displayName\": \"Jamf\\u001b[31m Connect\"");

        var finding = scenario.Check().Findings[0];

        Assert.DoesNotContain('\u001b', finding.Message);
        Assert.Contains("Jamf\\u001B[31m Connect", finding.Message);
    }
}
