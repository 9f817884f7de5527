namespace ProfileAsCode.JamfPro.Tests.Classic;

/// <summary>
/// Classic API XML in the shape of Jamf's reference sample for <c>os_x_configuration_profile</c>
/// (https://developer.jamf.com/jamf-pro/reference/updateosxconfigurationprofilebyname.md): the plist escaped in
/// <c>payloads</c>, <c>plist version="1"</c>, PayloadIdentifier equal to PayloadUUID; with a scope, Self Service and an
/// element a later Jamf Pro might add, which an update must send back unchanged.
/// </summary>
internal static class ClassicXmlSamples
{
    public const string DocumentedProfile = """
        <?xml version="1.0" encoding="UTF-8"?><os_x_configuration_profile>
            <general>
                <id>12</id>
                <name>WiFi Test</name>
                <description/>
                <site><id>-1</id><name>None</name></site>
                <category><id>3</id><name>Networking</name></category>
                <distribution_method>Install Automatically</distribution_method>
                <user_removable>false</user_removable>
                <level>computer</level>
                <uuid>3665BB04-2B24-4CF6-A3FB-BF1B2221CBA5</uuid>
                <redeploy_on_update>Newly Assigned</redeploy_on_update>
                <payloads>&lt;?xml version="1.0" encoding="UTF-8"?&gt;&lt;!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"&gt;
        &lt;plist version="1"&gt;&lt;dict&gt;&lt;key&gt;PayloadUUID&lt;/key&gt;&lt;string&gt;3665BB04-2B24-4CF6-A3FB-BF1B2221CBA5&lt;/string&gt;&lt;key&gt;PayloadType&lt;/key&gt;&lt;string&gt;Configuration&lt;/string&gt;&lt;key&gt;PayloadOrganization&lt;/key&gt;&lt;string&gt;Jamf&lt;/string&gt;&lt;key&gt;PayloadIdentifier&lt;/key&gt;&lt;string&gt;3665BB04-2B24-4CF6-A3FB-BF1B2221CBA5&lt;/string&gt;&lt;key&gt;PayloadDisplayName&lt;/key&gt;&lt;string&gt;WiFi Test&lt;/string&gt;&lt;key&gt;PayloadDescription&lt;/key&gt;&lt;string/&gt;&lt;key&gt;PayloadVersion&lt;/key&gt;&lt;integer&gt;1&lt;/integer&gt;&lt;key&gt;PayloadEnabled&lt;/key&gt;&lt;true/&gt;&lt;key&gt;PayloadRemovalDisallowed&lt;/key&gt;&lt;true/&gt;&lt;key&gt;PayloadScope&lt;/key&gt;&lt;string&gt;System&lt;/string&gt;&lt;key&gt;PayloadContent&lt;/key&gt;&lt;array&gt;&lt;dict&gt;&lt;key&gt;PayloadUUID&lt;/key&gt;&lt;string&gt;8FE7A3C1-7C8B-4B1F-9D0F-0C1F1C2B8A11&lt;/string&gt;&lt;key&gt;PayloadType&lt;/key&gt;&lt;string&gt;com.apple.wifi.managed&lt;/string&gt;&lt;key&gt;PayloadIdentifier&lt;/key&gt;&lt;string&gt;8FE7A3C1-7C8B-4B1F-9D0F-0C1F1C2B8A11&lt;/string&gt;&lt;key&gt;SSID_STR&lt;/key&gt;&lt;string&gt;Contoso &amp;amp; Co&lt;/string&gt;&lt;/dict&gt;&lt;/array&gt;&lt;/dict&gt;&lt;/plist&gt;</payloads>
            </general>
            <scope>
                <all_computers>false</all_computers>
                <computer_groups><computer_group><id>4</id><name>Pilot Macs</name></computer_group></computer_groups>
                <exclusions><computers/></exclusions>
            </scope>
            <self_service>
                <install_button_text>Install</install_button_text>
                <self_service_description>Joins the office Wi-Fi &amp; more</self_service_description>
            </self_service>
            <future_field attribute="kept">a field a later Jamf Pro version adds</future_field>
        </os_x_configuration_profile>
        """;

    public const string DocumentedList = """
        <?xml version="1.0" encoding="UTF-8"?><os_x_configuration_profiles><size>2</size><os_x_configuration_profile><id>12</id><name>WiFi Test</name></os_x_configuration_profile><os_x_configuration_profile><id>15</id><name>Restrictions &amp; more</name></os_x_configuration_profile></os_x_configuration_profiles>
        """;
}
