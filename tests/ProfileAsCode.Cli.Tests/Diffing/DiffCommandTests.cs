using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

public class DiffCommandTests
{
    private const string LoginId = "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6";

    [Fact]
    public void SameProfile_InXmlBinaryAndPythonFormatting_HasNoDifferences()
    {
        using var dir = new TempDirectory();
        var profile = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var xml = dir.Write("a.mobileconfig", PropertyListSerializer.WriteXml(profile));
        var binary = dir.Write("b.mobileconfig", PropertyListSerializer.WriteBinary(profile));
        // Another writer: Python's plistlib, keys in reverse order, its own indentation.
        var python = dir.File("c.mobileconfig");
        Processes.Checked("python3", "-c",
            "import plistlib,sys\n" +
            "def rev(v):\n" +
            "    if isinstance(v, dict): return {k: rev(v[k]) for k in sorted(v, reverse=True)}\n" +
            "    if isinstance(v, list): return [rev(i) for i in v]\n" +
            "    return v\n" +
            "d = plistlib.load(open(sys.argv[1], 'rb'))\n" +
            "open(sys.argv[2], 'wb').write(plistlib.dumps(rev(d), sort_keys=False))",
            xml, python);
        Assert.NotEqual(File.ReadAllBytes(xml), File.ReadAllBytes(python));

        foreach (var other in new[] { binary, python })
        {
            var run = CliRun.Of("diff", xml, other);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("no differences\n", run.Stdout);
        }
    }

    [Fact]
    public void ChangedProfile_SaysPerPayloadWhatDevicesWillDo()
    {
        using var dir = new TempDirectory();
        var old = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var payloads = (PlistArray)old["PayloadContent"];
        var login = ((PlistDictionary)payloads[0])
            .SetItem("OIDCTenant", "contoso.onmicrosoft.com")
            .SetItem("OIDCScopes", "openid+profile")
            .Remove("Migrate")
            .SetItem("OIDCLocalAuthButton", "Local account")
            .SetItem("PayloadDisplayName", "Login window");
        var menuBar = ((PlistDictionary)payloads[1]).SetItem("PayloadUUID", "0A1B2C3D-4E5F-4607-8899-000000000000");
        var added = Corpus.Direct("com.example.app", "com.contoso.example", "6C1E7F0B-2A4D-4B8E-9C3F-1D2E3F4A5B6C", "Example", Dict(("k", "v")));
        var @new = old.SetItem("PayloadContent", Array(login, menuBar, added)).SetItem("PayloadDisplayName", "Contoso JC v2");
        var oldFile = CorpusFiles.Xml(dir, "old.mobileconfig", old);
        var newFile = CorpusFiles.Xml(dir, "new.mobileconfig", @new);

        var run = CliRun.Of("diff", oldFile, newFile);

        Assert.Equal(1, run.ExitCode);
        string[] expected =
        [
            "profile: top-level keys changed",
            "  ~ PayloadDisplayName: \"Contoso Jamf Connect\" → \"Contoso JC v2\"",
            $"payload com.jamf.connect.login [{LoginId}]: in-place update",
            "  - Migrate: true",
            "  + OIDCLocalAuthButton: \"Local account\"",
            "  ~ OIDCScopes: \"openid+profile+email\" → \"openid+profile\"",
            $"  ~ OIDCTenant: \"{Corpus.Tenant}\" → \"contoso.onmicrosoft.com\"",
            "  ~ PayloadDisplayName: \"Jamf Connect Login (Entra)\" → \"Login window\"",
            "payload com.jamf.connect [com.contoso.jamfconnect.menubar]: removal + reinstall (PayloadUUID changed: \"0A1B2C3D-4E5F-4607-8899-AABBCCDDEEFF\" → \"0A1B2C3D-4E5F-4607-8899-000000000000\")",
            "payload com.example.app [com.contoso.example]: added",
        ];
        Assert.Equal(expected, run.StdoutLines);
    }

    [Fact]
    public void RenamedPayloadIdentifier_IsAReinstall_AndADroppedPayloadIsRemoved()
    {
        using var dir = new TempDirectory();
        var old = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var payloads = (PlistArray)old["PayloadContent"];
        var login = ((PlistDictionary)payloads[0]).SetItem("PayloadIdentifier", "com.contoso.jamfconnect.login");
        var @new = old.SetItem("PayloadContent", Array(login));

        var run = CliRun.Of("diff", CorpusFiles.Xml(dir, "old.mobileconfig", old), CorpusFiles.Xml(dir, "new.mobileconfig", @new));

        Assert.Equal(1, run.ExitCode);
        string[] expected =
        [
            $"payload com.jamf.connect.login [com.contoso.jamfconnect.login]: removal + reinstall (PayloadIdentifier changed: \"{LoginId}\" → \"com.contoso.jamfconnect.login\")",
            "payload com.jamf.connect [com.contoso.jamfconnect.menubar]: removed",
        ];
        Assert.Equal(expected, run.StdoutLines);
    }

    [Fact]
    public void NestedKeys_AreNamedByPath_AndAFormChangeIsNamed()
    {
        using var dir = new TempDirectory();
        var old = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var menuBar = Corpus.JamfConnectMenuBarSettings();
        var idp = ((PlistDictionary)menuBar["IdPSettings"]).SetItem("TenantID", "organizations");
        var @new = Corpus.Profile(
            "8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F", "8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F", PreferencePayloadForm.ManagedPreferences,
            ("com.jamf.connect.login", LoginId, LoginId, "Jamf Connect Login (Entra)", Corpus.JamfConnectLoginSettings()),
            ("com.jamf.connect", "com.contoso.jamfconnect.menubar", "0A1B2C3D-4E5F-4607-8899-AABBCCDDEEFF", "Menu bar", menuBar.SetItem("IdPSettings", idp)));

        var run = CliRun.Of("diff", CorpusFiles.Xml(dir, "old.mobileconfig", old), CorpusFiles.Xml(dir, "new.mobileconfig", @new));

        string[] expected =
        [
            $"payload com.jamf.connect.login [{LoginId}]: in-place update (payload form changed: Direct → ManagedPreferences)",
            "payload com.jamf.connect [com.contoso.jamfconnect.menubar]: in-place update (payload form changed: Direct → ManagedPreferences)",
            $"  ~ IdPSettings.TenantID: \"{Corpus.Tenant}\" → \"organizations\"",
        ];
        Assert.Equal(expected, run.StdoutLines);
    }

    [Fact]
    public void SetOnceManagement_IsComparedAsFound()
    {
        using var dir = new TempDirectory();
        PlistDictionary Profile(string value) => Corpus.UnknownDomain().SetItem("PayloadContent", Array(Dict(
            ("PayloadIdentifier", "com.contoso.once.app"), ("PayloadUUID", "7D4E1F2A-3B4C-4D5E-8F60-718293A4B5C6"),
            ("PayloadType", "com.apple.ManagedClient.preferences"), ("PayloadVersion", 1L),
            ("PayloadContent", Dict(("com.example.app", Dict(("Set-Once", Array(Dict(("mcx_preference_settings", Dict(("k", value)))))))))))));

        var run = CliRun.Of("diff", CorpusFiles.Xml(dir, "old.mobileconfig", Profile("a")), CorpusFiles.Xml(dir, "new.mobileconfig", Profile("b")));

        string[] expected =
        [
            "payload com.example.app [com.contoso.once.app]: in-place update",
            "  ~ Set-Once: [{mcx_preference_settings = {k = \"a\"}}] → [{mcx_preference_settings = {k = \"b\"}}]",
        ];
        Assert.Equal(expected, run.StdoutLines);
    }
}
