using System.Xml.Linq;

namespace ProfileAsCode.JamfPro.Classic;

/// <summary>
/// A macOS configuration profile as Jamf Pro returned it. An update is a read-modify-write of this very document:
/// only <c>general/name</c>, <c>general/description</c>, <c>general/payloads</c> and the one-shot
/// <c>general/redeploy_on_update</c> change, so scope, category, site, distribution method, level, Self Service and
/// anything a later Jamf Pro version adds go back exactly as they came.
/// </summary>
internal sealed class ServerProfileDocument
{
    private readonly XDocument document;

    public ServerProfileDocument(XDocument document, int id)
    {
        this.document = document;
        Id = id;
    }

    public int Id { get; }

    public string Name => Text("name") ?? "";

    public string Description => Text("description") ?? "";

    /// <summary><c>general/uuid</c>: Jamf Pro's UUID of the profile.</summary>
    public string? Uuid => Text("uuid");

    /// <summary>The profile plist as text, or null when the element is missing.</summary>
    public string? Payloads => Text(ClassicProfileXml.Payloads);

    private XElement General => document.Root!.Element(ClassicProfileXml.General)!;

    /// <summary>This document with the fields we own replaced and everything else untouched, ready for PUT.</summary>
    public string WithOwnedFields(string name, string description, string payloads, string redeployOnUpdate)
    {
        var copy = new XDocument(document);
        var general = copy.Root!.Element(ClassicProfileXml.General)!;
        Set(general, "name", name);
        Set(general, "description", description);
        Set(general, "redeploy_on_update", redeployOnUpdate);
        Set(general, ClassicProfileXml.Payloads, payloads);
        return SafeXml.Write(copy);
    }

    private string? Text(string element) => (string?)General.Element(element);

    private static void Set(XElement general, string name, string value)
    {
        var element = general.Element(name);
        if (element is null)
        {
            general.Add(new XElement(name, value));
        }
        else
        {
            element.RemoveNodes();
            element.Add(new XText(value));
        }
    }
}
