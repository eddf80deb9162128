<?php
// Answers wp.getUsersBlogs and system.multicall the way WordPress's
// xmlrpc.php does (class-IXR-server.php, class-IXR-error.php,
// class-wp-xmlrpc-server.php login()): a wrong password is HTTP 200 with a
// fault whose faultCode is 403, once per multicall member; after one failed
// login the rest of the request fails the same way (WordPress 4.4+).
// Accounts: admin/right, editor/right. No XML extension is assumed: the
// tests' requests are read with patterns.
file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/../backend.log',
                  "php " . $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND);
$in = file_get_contents('php://input');
$users = ['admin' => 'right', 'editor' => 'right'];
$auth_failed = false;

function scalars($xml) {
    preg_match_all('#<value>\s*(?:<string>)?([^<]*)(?:</string>)?\s*</value>#', $xml, $m);
    return array_map('html_entity_decode', $m[1]);
}
function fault_struct($code, $msg) {
    return "<struct>\n  <member><name>faultCode</name><value><int>$code</int></value></member>\n"
         . "  <member><name>faultString</name><value><string>$msg</string></value></member>\n</struct>";
}
function call_one($method, $args) {
    global $users, $auth_failed;
    if ($method !== 'wp.getUsersBlogs')
        return [-32601, 'server error. requested method ' . $method . ' does not exist.'];
    list($u, $p) = array_pad($args, 2, '');
    if ($auth_failed || !isset($users[$u]) || $users[$u] !== $p) {
        $auth_failed = true;
        return [403, 'Incorrect username or password.'];
    }
    return "<array><data>\n  <value><struct>\n  <member><name>isAdmin</name><value><boolean>1</boolean></value></member>\n"
         . "  <member><name>blogName</name><value><string>Test</string></value></member>\n</struct></value>\n</data></array>";
}

header('Content-Type: text/xml; charset=UTF-8');
preg_match('#<methodName>\s*([^<]+?)\s*</methodName>#', $in, $mm);
$method = $mm[1] ?? '';
if ($method === 'system.multicall') {
    preg_match_all('#<name>methodName</name>\s*<value>(?:<string>)?([^<]*)(?:</string>)?</value>\s*</member>\s*'
                 . '<member>\s*<name>params</name>\s*<value>\s*<array>\s*<data>(.*?)</data>#s', $in, $calls, PREG_SET_ORDER);
    $out = '';
    foreach ($calls as $c) {
        $r = call_one(trim($c[1]), scalars($c[2]));
        $out .= is_array($r) ? "  <value>" . fault_struct($r[0], $r[1]) . "</value>\n"
                             : "  <value><array><data>\n  <value>$r</value>\n</data></array></value>\n";
    }
    $r = "<array><data>\n$out</data></array>";
} else {
    $r = call_one($method, scalars($in));
}
if (is_array($r)) {
    echo "<methodResponse>\n  <fault>\n    <value>\n      " . fault_struct($r[0], $r[1])
       . "\n    </value>\n  </fault>\n</methodResponse>\n";
} else {
    echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse>\n  <params>\n    <param>\n"
       . "      <value>\n      $r\n      </value>\n    </param>\n  </params>\n</methodResponse>\n";
}
