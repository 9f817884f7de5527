using System.Globalization;
using System.Xml.Linq;

namespace ProfileAsCode.JamfPro.Classic;

/// <summary>
/// The <c>os_x_configuration_profile</c> XML of the Classic API, as its reference documents it ("Creates a new OS X
/// configuration profile by ID" https://developer.jamf.com/platform-api/reference/createosxconfigurationprofilebyid-1 and
/// "Updates an existing OS X configuration profile by name"
/// https://developer.jamf.com/jamf-pro/reference/updateosxconfigurationprofilebyname.md): a <c>general</c> element with
/// <c>id</c>, <c>name</c>, <c>description</c>, <c>site</c>, <c>category</c>, <c>distribution_method</c>,
/// <c>user_removable</c>, <c>level</c>, <c>uuid</c>, <c>redeploy_on_update</c> and <c>payloads</c> (the whole profile
/// plist as escaped text), then <c>scope</c> and <c>self_service</c>. The list answer
/// (<c>os_x_configuration_profiles</c> with <c>size</c> and one <c>os_x_configuration_profile</c> with <c>id</c> and
/// <c>name</c> per profile) and the create or update answer (<c>&lt;os_x_configuration_profile&gt;&lt;id&gt;N&lt;/id&gt;</c>)
/// are as client SDKs read them (deploymenttheory/go-api-sdk-jamfpro, classicapi_macos_configuration_profiles.go).
/// </summary>
internal static class ClassicProfileXml
{
    public const string Root = "os_x_configuration_profile";
    public const string ListRoot = "os_x_configuration_profiles";
    public const string General = "general";
    public const string Payloads = "payloads";

    /// <summary><c>redeploy_on_update</c>: "All" sends the changed profile to every computer in scope, "Newly Assigned" only to new ones.</summary>
    public const string RedeployAll = "All";
    public const string RedeployNewlyAssigned = "Newly Assigned";

    public static IReadOnlyList<ProfileSummary> ParseList(XDocument document, string what)
    {
        var root = document.Root;
        if (root?.Name.LocalName != ListRoot)
        {
            throw Unexpected(what, $"<{ListRoot}>");
        }

        var result = new List<ProfileSummary>();
        foreach (var entry in root.Elements(Root))
        {
            result.Add(new ProfileSummary(IdOf(entry, what), (string?)entry.Element("name") ?? ""));
        }

        return result;
    }

    /// <summary>The ID in a create or update answer.</summary>
    public static int ParseWriteAnswer(XDocument document, string what) =>
        document.Root?.Name.LocalName == Root ? IdOf(document.Root, what) : throw Unexpected(what, $"<{Root}><id>");

    public static ServerProfileDocument ParseProfile(XDocument document, string what)
    {
        var general = document.Root?.Name.LocalName == Root ? document.Root.Element(General) : null;
        if (general is null)
        {
            throw Unexpected(what, $"<{Root}><{General}>");
        }

        return new ServerProfileDocument(document, IdOf(general, what));
    }

    /// <summary>
    /// A new profile: the fields we own, with level and removability from the profile itself. It gets no scope, so
    /// it reaches no computer until an administrator scopes it; category, site and Self Service are Jamf Pro's defaults.
    /// </summary>
    public static string BuildCreate(string name, string description, string level, bool userRemovable, string payloads) =>
        SafeXml.Write(new XDocument(new XElement(
            Root,
            new XElement(
                General,
                new XElement("name", name),
                new XElement("description", description),
                new XElement("distribution_method", "Install Automatically"),
                new XElement("user_removable", userRemovable ? "true" : "false"),
                new XElement("level", level),
                new XElement("redeploy_on_update", RedeployNewlyAssigned),
                new XElement(Payloads, payloads)))));

    private static int IdOf(XElement element, string what) =>
        int.TryParse((string?)element.Element("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw Unexpected(what, "a positive <id>");

    internal static JamfProException Unexpected(string what, string expected) =>
        new(JamfProProblem.BadResponse, $"{what}: the answer is not the documented Classic API XML (expected {expected}).");
}
