# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
!# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
1# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
8# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
J# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
## a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
J# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
C# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
G# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
C# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
1# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
G# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
C# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
F# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
L# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
L# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
2# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
W# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
4# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
C# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
G# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
?# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
1# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
`# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
I# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
2# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
1# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
`# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
?# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
8# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
~# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
^# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
L# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
*# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
K# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
L# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
1# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
^# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
+# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
2# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
j# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
J# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
&# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
C# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
G# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
U# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
2# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
5# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
:# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
O# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
M# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
V# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
v# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
/# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
y# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
P# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
H# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
R# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
N# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
S# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
L# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
A# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
T# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
E# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
D# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
"# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
.# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
q# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
\# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
4# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
4# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
2# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
p# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
m# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
-# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
># a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
{# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
b# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
l# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
=# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
f# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
u# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
w# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
$# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
r# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
c# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
,# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
h# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
a# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
k# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
x# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
 # a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
0# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
'# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
}# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
d# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
o# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
_# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
e# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
s# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
t# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
i# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
n# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
g# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
(# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
)# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
;# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
