using System.Diagnostics;
using System.Xml.Linq;
using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.Classic;

public class ClassicProfileXmlTests
{
    [Fact]
    public void DocumentedList_GivesIdsAndNames()
    {
        var list = ClassicProfileXml.ParseList(SafeXml.Parse(ClassicXmlSamples.DocumentedList, "test", 1 << 20), "test");

        Assert.Equal([new ProfileSummary(12, "WiFi Test"), new ProfileSummary(15, "Restrictions & more")], list);
    }

    [Fact]
    public void DocumentedProfile_GivesItsFieldsAndTheEmbeddedPlist()
    {
        var profile = ClassicProfileXml.ParseProfile(SafeXml.Parse(ClassicXmlSamples.DocumentedProfile, "test", 1 << 20), "test");

        Assert.Equal(12, profile.Id);
        Assert.Equal("WiFi Test", profile.Name);
        Assert.Equal("", profile.Description);
        Assert.Equal("3665BB04-2B24-4CF6-A3FB-BF1B2221CBA5", profile.Uuid);
        var plist = UploadText.Read(profile.Payloads, out var problem);
        Assert.Null(problem);
        Assert.Equal(plist!["PayloadUUID"], plist["PayloadIdentifier"]);
        var wifi = (PlistDictionary)((PlistArray)plist["PayloadContent"])[0];
        Assert.Equal(new PlistString("Contoso & Co"), wifi["SSID_STR"]);
    }

    [Fact]
    public void UpdateBody_ChangesOnlyTheFieldsWeOwn()
    {
        var original = SafeXml.Parse(ClassicXmlSamples.DocumentedProfile, "test", 1 << 20);
        var profile = ClassicProfileXml.ParseProfile(original, "test");

        var updated = SafeXml.Parse(profile.WithOwnedFields("New name", "New description", "<plist/>", ClassicProfileXml.RedeployAll), "test", 1 << 20);

        var general = updated.Root!.Element("general")!;
        Assert.Equal("New name", (string)general.Element("name")!);
        Assert.Equal("New description", (string)general.Element("description")!);
        Assert.Equal("<plist/>", (string)general.Element("payloads")!);
        Assert.Equal("All", (string)general.Element("redeploy_on_update")!);
        Assert.True(XNode.DeepEquals(WithoutOwned(original), WithoutOwned(updated)), "an element we do not own changed");
    }

    [Fact]
    public void CreateBody_HasTheDocumentedShape_AndNoScope()
    {
        var body = XDocument.Parse(ClassicProfileXml.BuildCreate("Name", "Description", "computer", userRemovable: false, "<plist/>"));

        Assert.Equal("os_x_configuration_profile", body.Root!.Name.LocalName);
        Assert.Equal(
            ["name", "description", "distribution_method", "user_removable", "level", "redeploy_on_update", "payloads"],
            body.Root.Element("general")!.Elements().Select(e => e.Name.LocalName));
        Assert.Null(body.Root.Element("scope"));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;\"><!ENTITY z \"&y;&y;&y;&y;&y;&y;&y;&y;&y;&y;\">]><os_x_configuration_profiles>&z;</os_x_configuration_profiles>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><os_x_configuration_profiles>&e;</os_x_configuration_profiles>")]
    [InlineData("<os_x_configuration_profiles><size>1</size><os_x_configuration_profile><id>1</id>")]
    [InlineData("<os_x_configuration_profiles>&undefined;</os_x_configuration_profiles>")]
    [InlineData("not xml at all")]
    public void HostileOrBrokenAnswer_IsRefusedPromptly_WithoutQuotingIt(string answer)
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<JamfProException>(() => SafeXml.Parse(answer, "GET /JSSResource/osxconfigurationprofiles", 1 << 20));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Equal(JamfProProblem.BadResponse, error.Problem);
        Assert.StartsWith("GET /JSSResource/osxconfigurationprofiles: the answer is not the XML the Classic API documents (it does not parse at line ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerLongerThanTheBound_IsRefused()
    {
        var error = Assert.Throws<JamfProException>(() => SafeXml.Parse(ClassicXmlSamples.DocumentedList, "test", 100));

        Assert.Equal(JamfProProblem.BadResponse, error.Problem);
    }

    [Theory]
    [InlineData("<something_else/>", "<os_x_configuration_profiles>")]
    [InlineData("<os_x_configuration_profiles><os_x_configuration_profile><id>-3</id><name>x</name></os_x_configuration_profile></os_x_configuration_profiles>", "a positive <id>")]
    public void ListOfTheWrongShape_IsRefused(string answer, string expected)
    {
        var error = Assert.Throws<JamfProException>(() => ClassicProfileXml.ParseList(SafeXml.Parse(answer, "test", 1 << 20), "test"));

        Assert.Equal($"test: the answer is not the documented Classic API XML (expected {expected}).", error.Message);
    }

    private static XDocument WithoutOwned(XDocument document)
    {
        var copy = new XDocument(document);
        foreach (var name in new[] { "name", "description", "payloads", "redeploy_on_update" })
        {
            copy.Root!.Element("general")!.Element(name)!.Remove();
        }

        return copy;
    }
}
