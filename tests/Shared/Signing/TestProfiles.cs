using System.Text;
using ProfileAsCode.Signing;

namespace ProfileAsCode.Testing.Signing;

public static class TestProfiles
{
    /// <summary>A small valid plist with LF line ends and non-ASCII text, which a MIME-canonicalising signer would alter.</summary>
    public static readonly byte[] Xml = Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>PayloadDisplayName</key>
        	<string>Jamf Connect — Entra ID</string>
        	<key>PayloadIdentifier</key>
        	<string>com.contoso.jamfconnect</string>
        	<key>PayloadType</key>
        	<string>Configuration</string>
        	<key>PayloadVersion</key>
        	<integer>1</integer>
        </dict>
        </plist>

        """.Replace("\r\n", "\n", StringComparison.Ordinal));

    public static readonly DateTimeOffset FixedTime = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static SigningOptions Fixed => new() { SigningTime = FixedTime };
}
