<?php
// Answers the login form the way WordPress's wp-login.php does: a right
// password sets the auth cookie and redirects (302); a wrong one shows the
// form again with HTTP 200 and the error in <div id="login_error">. The
// lost-password form uses the same box for its errors.
file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/../backend.log',
                  "php " . $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND);
$users = ['admin' => 'right', 'editor' => 'right'];
$action = $_REQUEST['action'] ?? 'login';
$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST' && $action === 'login') {
    $u = trim($_POST['log'] ?? '');
    if (isset($users[$u]) && $users[$u] === ($_POST['pwd'] ?? '')) {
        header('Set-Cookie: wordpress_logged_in_test=' . $u . '; path=/; HttpOnly');
        header('Location: /wp-admin/', true, 302);
        exit;
    }
    $error = '<strong>Error:</strong> The password you entered for the username <strong>'
           . htmlspecialchars($u) . '</strong> is incorrect.';
} elseif ($_SERVER['REQUEST_METHOD'] === 'POST' && $action === 'lostpassword') {
    $error = '<strong>Error:</strong> There is no account with that username or email address.';
}
header('Content-Type: text/html; charset=UTF-8');
echo "<!DOCTYPE html>\n<html><head><title>Log In &lsaquo; Test &#8212; WordPress</title></head>\n"
   . "<body class=\"login\"><div id=\"login\">\n";
if ($error)
    echo "<div id=\"login_error\" class=\"notice notice-error\">\t$error<br />\n</div>\n";
echo "<form name=\"loginform\" id=\"loginform\" action=\"/wp-login.php\" method=\"post\">\n"
   . "<input type=\"text\" name=\"log\" id=\"user_login\" />\n<input type=\"password\" name=\"pwd\" />\n"
   . "</form></div></body></html>\n";
