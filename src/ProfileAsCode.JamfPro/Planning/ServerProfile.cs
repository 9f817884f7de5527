using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>A macOS configuration profile on the server, read for matching: its Classic document, the plist inside, and our marker if it carries one.</summary>
internal sealed class ServerProfile
{
    private ServerProfile(ServerProfileDocument document, PlistDictionary? plist, string? plistProblem)
    {
        Document = document;
        Plist = plist;
        PlistProblem = plistProblem;
        MarkerIdentifier = ManagedMarker.Read(document.Description);
        TopIdentifier = plist is null ? null : BuiltProfile.StringAt(plist, PayloadKeys.Identifier);
        TopUuid = plist is null ? null : BuiltProfile.StringAt(plist, PayloadKeys.Uuid);
    }

    public ServerProfileDocument Document { get; }

    public int Id => Document.Id;

    public string Name => Document.Name;

    public string Description => Document.Description;

    /// <summary>The profile plist, or null when <c>general/payloads</c> cannot be read (<see cref="PlistProblem"/> says why).</summary>
    public PlistDictionary? Plist { get; }

    public string? PlistProblem { get; }

    /// <summary>The PayloadIdentifier in our marker at the end of the description (<see cref="ManagedMarker"/>).</summary>
    public string? MarkerIdentifier { get; }

    public string? TopIdentifier { get; }

    public string? TopUuid { get; }

    public static ServerProfile From(ServerProfileDocument document)
    {
        var plist = UploadText.Read(document.Payloads, out var problem);
        return new ServerProfile(document, plist, problem);
    }

    /// <summary>"id 12 "Name"", safe for a terminal.</summary>
    public override string ToString() => $"id {Id} {SafeText.Quoted(Name, 80)}";
}
