namespace ProfileAsCode.JamfPro.Classic;

/// <summary>One entry of <c>GET /JSSResource/osxconfigurationprofiles</c>: the list holds only the ID and the name.</summary>
internal sealed record ProfileSummary(int Id, string Name);
