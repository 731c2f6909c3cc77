// File events: rcvFileSndCancelled, rcvFileError, rcvFileWarning, sndFileError, sndFileWarning, rcvFileAccepted.

/** @param {SimpleX.Test.T} t */
async function offered(t) {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Offer me a file, then /take.');
  const itemId = await alice.sendFile('report.txt', 'for you');
  await t.expect(alice, 'Got an offer of report.txt; send /take to have it.');
  return { alice, itemId };
}

test('takes a file and sends it back', async (t) => {
  const { alice } = await offered(t);
  await alice.send('/take');
  await t.expect(alice, 'Took report.txt (29 bytes).');
  await alice.send('/back');
  const back = await t.expect(alice, { text: 'here it is', file: 'report.txt' });
  t.equal((await t.fileInfo(back.file.path)).sha256, (await t.fileInfo('report.txt')).sha256);
});

test('hears that the sender cancelled (rcvFileSndCancelled)', async (t) => {
  const { alice, itemId } = await offered(t);
  await alice.cancelFile(itemId);
  await t.expect(alice, 'You cancelled report.txt.');
  await alice.send('/take');
  await t.expect(alice, /^Could not take report.txt: /);
});

test('says when receiving fails or is slow (rcvFileError, rcvFileWarning)', async (t) => {
  const { alice, itemId } = await offered(t);
  await t.fileReceiveFault(itemId);
  await alice.send('/take');
  await t.expect(alice, /^Could not take report.txt: /);
  const second = await alice.sendFile('report.txt');
  await t.expect(alice, 'Got an offer of report.txt; send /take to have it.');
  await t.fileReceiveFault(second, { warning: true });
  await alice.send('/take');
  await t.expect(alice, 'Taking report.txt is slow.');
  await t.expect(alice, 'Took report.txt (29 bytes).');
});

test('says when sending fails or is slow (sndFileError, sndFileWarning)', async (t) => {
  const { alice } = await offered(t);
  await alice.send('/take');
  await t.expect(alice, 'Took report.txt (29 bytes).');
  await t.fileSendFault();
  await alice.send('/back');
  await t.expect(alice, { file: 'report.txt' });
  await t.expect(alice, /^Could not send report.txt: simulated: /);
  await t.fileSendFault({ warning: true });
  await alice.send('/back');
  await t.expect(alice, { file: 'report.txt' });
  await t.expect(alice, 'Sending report.txt is slow.');
});

test('notices files received automatically (rcvFileAccepted)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Offer me a file, then /take.');
  await t.autoReceiveFiles(true);
  await alice.sendFile('report.txt');
  await t.expect(alice, 'Got an offer of report.txt; send /take to have it.');
  await t.expect(alice, 'Taking report.txt by myself.');
});
